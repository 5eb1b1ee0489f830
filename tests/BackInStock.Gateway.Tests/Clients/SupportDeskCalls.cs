using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Clients;

/// <summary>
/// A support-desk service's calls, as Dixa-public/dixa-voyado-service server.js (lookupContactId) makes them:
/// <c>GET {base}/contacts/id?email=…</c> or <c>?mobilePhone=…</c> with the value through encodeURIComponent,
/// the headers apikey, <c>Content-Type: application/json</c> (on a GET) and a User-Agent; axios parses the
/// body (JSON when it can, else the raw text); a string is the id, an object's <c>id</c> is taken too, and
/// any non-2xx is logged by its status and read as "no contact".
/// </summary>
public sealed class SupportDeskCalls : IDisposable
{
    private const string Base = "/api/v3";

    private readonly GatewayApplication _app = new(inMemory: true);

    private static Dictionary<string, string> Headers(string apiKey) => new()
    {
        ["apikey"] = apiKey,
        ["Content-Type"] = "application/json",
        ["User-Agent"] = "DixaVoyadoService/1.0",
    };

    /// <summary>The service's lookupContactId, call and reading both; the answer is kept for the assertions.</summary>
    private async Task<(string? ContactId, WireAnswer Answer)> LookupContactId(string identifier, string type = "email", string apiKey = GatewayApplication.ApiKey)
    {
        var queryParam = type == "phone" ? "mobilePhone" : "email";
        var answer = await Wire.SendAsync(
            _app.CreateClient(), HttpMethod.Get, $"{Base}/contacts/id?{queryParam}={Uri.EscapeDataString(identifier)}", Headers(apiKey));
        if ((int)answer.Status is < 200 or > 299)
        {
            return (null, answer);
        }

        return (AxiosData(answer.Text) switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length > 0 => value.GetValue<string>(),
            JsonObject data when data["id"] is JsonValue id => id.ToString(),
            _ => null,
        }, answer);
    }

    // axios's default transformResponse: JSON.parse when the text parses, else the text itself (a string either way).
    private static JsonNode? AxiosData(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private async Task<string> Contact(object body)
    {
        using var created = await _app.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/contacts", body);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task The_desk_finds_a_rater_by_email_as_a_bare_json_string_despite_the_content_type_on_its_get()
    {
        var id = await Contact(new { email = "Rater.One@Example.com" });

        var (contactId, answer) = await LookupContactId("rater.one@example.com");

        answer.Status.Should().Be(HttpStatusCode.OK, "a Content-Type on a bodiless GET is no reason to refuse it");
        answer.MediaType.Should().Be("application/json");
        answer.Json!.GetValueKind().Should().Be(JsonValueKind.String, "Engage answers the id as a bare string, the branch the service calls 'what Voyado actually returns'");
        contactId.Should().Be(id, "the address compares ignoring case");
    }

    [Fact]
    public async Task By_phone_the_plus_survives_encodeURIComponent_and_the_same_contact_is_found()
    {
        var id = await Contact(new { email = "caller@example.com", mobilePhone = "+46 73-565 43 21" });

        var (contactId, answer) = await LookupContactId("+46735654321", type: "phone");

        answer.Status.Should().Be(HttpStatusCode.OK);
        contactId.Should().Be(id);
    }

    [Fact]
    public async Task An_unknown_rater_is_a_404_contact_not_found_which_the_desk_reads_as_no_contact()
    {
        await Contact(new { email = "someone@example.com" });

        var (contactId, answer) = await LookupContactId("nobody@example.com");

        contactId.Should().BeNull();
        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.Json!["errorCode"]!.GetValue<string>().Should().Be("ContactNotFound");
    }

    [Fact]
    public async Task Two_contacts_on_one_phone_are_a_409_the_desk_logs_by_status_and_reads_as_no_contact()
    {
        var first = await Contact(new { email = "twin-a@example.com", mobilePhone = "+46700000001" });
        var second = await Contact(new { email = "twin-b@example.com", mobilePhone = "+46700000001" });

        var (contactId, answer) = await LookupContactId("+46700000001", type: "phone");

        contactId.Should().BeNull();
        answer.Status.Should().Be(HttpStatusCode.Conflict);
        answer.Json!["messageDetails"]!["multipleMatchesFound"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(first, second);
    }

    [Fact]
    public async Task A_wrong_api_key_is_a_401_in_engages_shape_the_desk_reports_as_unauthorized()
    {
        var (contactId, answer) = await LookupContactId("rater@example.com", apiKey: "revoked-key");

        contactId.Should().BeNull();
        answer.Status.Should().Be(HttpStatusCode.Unauthorized);
        answer.Json!["errorCode"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        answer.Json!["message"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_address_that_is_none_is_a_400_invalid_email_address_not_a_404()
    {
        var (contactId, answer) = await LookupContactId("not an address");

        contactId.Should().BeNull();
        answer.Status.Should().Be(HttpStatusCode.BadRequest, "Engage's find-contact page answers a bad email parameter 400");
        answer.Json!["errorCode"]!.GetValue<string>().Should().Be("InvalidEmailAddress");
    }

    public void Dispose() => _app.Dispose();
}
