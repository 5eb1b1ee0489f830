using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Clients;

/// <summary>
/// A storefront service's calls: issue 13's Next.js storefront (server-side fetch with apikey and
/// <c>Content-Type: application/json</c>), as the issue's audit describes it. Before a sign-up it reads the
/// consents and stores; it finds the shopper by email or phone, creates the contact with source and store in
/// the query and language, consents and preferences in the body, or records consent on an existing one
/// (<c>preferences/acceptsEmail</c>, update); it checks membership by <c>meta.contactType</c>, consent by
/// <c>preferences.acceptsEmail</c> (or <c>AcceptsEmails</c>) and language by <c>attributes.language</c>;
/// it subscribes and unsubscribes; on a 422 it shows <c>validationErrors[].errorDescription</c> per field
/// beside <c>errorCode</c>, <c>message</c> and <c>requestId</c>, and on a 409 it reads the contact ids in
/// <c>messageDetails.multipleMatchesFound</c>.
/// </summary>
public sealed class StorefrontServiceCalls : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    private static readonly Dictionary<string, string> Headers = new()
    {
        ["apikey"] = GatewayApplication.ApiKey,
        ["Content-Type"] = "application/json",
    };

    private Task<WireAnswer> Fetch(HttpMethod method, string path, JsonNode? body = null) =>
        Wire.SendAsync(_app.CreateClient(), method, path, Headers, body?.ToJsonString());

    /// <summary>The storefront's own view of a contact, read the way it reads Engage's resource.</summary>
    private sealed record Shopper(bool IsMember, bool AcceptsEmail, string? Language, JsonArray Consents);

    private async Task<Shopper> Read(string contactId)
    {
        var answer = await Fetch(HttpMethod.Get, $"/api/v3/contacts/{contactId}");
        answer.Status.Should().Be(HttpStatusCode.OK);
        var contact = answer.Json!;
        return new Shopper(
            contact["meta"]?["contactType"]?.GetValue<string>() == "Member",
            (contact["preferences"]?["acceptsEmail"] ?? contact["preferences"]?["AcceptsEmails"])?.GetValue<bool>() ?? false,
            contact["attributes"]?["language"]?.GetValue<string>(),
            contact["consents"]!.AsArray());
    }

    /// <summary>The lookup: the id on a 200, null on a 404; anything else is the caller's to read.</summary>
    private async Task<(string? Id, WireAnswer Answer)> Find(string key, string value)
    {
        var answer = await Fetch(HttpMethod.Get, $"/api/v3/contacts/id?{key}={Uri.EscapeDataString(value)}");
        return (answer.Status == HttpStatusCode.OK ? answer.Json!.GetValue<string>() : null, answer);
    }

    private async Task<string> DemoSku(string locale) =>
        JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri($"/emulator/feeds/{locale}?take=1", UriKind.Relative)))!["products"]![0]!["sku"]!.GetValue<string>();

    [Fact]
    public async Task A_new_shopper_is_created_as_a_member_with_the_consent_store_and_language_the_form_collected()
    {
        var consents = await Fetch(HttpMethod.Get, "/api/v3/consents");
        var stores = await Fetch(HttpMethod.Get, "/api/v3/stores");
        var consentId = consents.Json!.AsArray().Select(c => c!["id"]!.GetValue<string>()).Single(id => id == "backInStockConsent");
        var store = stores.Json!.AsArray().Single(s => s!["countryCode"]?.GetValue<string>() == "SE" && s["type"]?.GetValue<string>() == "ECOM")!;
        var (missing, notFound) = await Find("email", "ny.kund@example.se");

        var created = await Fetch(
            HttpMethod.Post,
            $"/api/v3/contacts?source=e-com&storeExternalId={Uri.EscapeDataString(store["externalId"]!.GetValue<string>())}",
            JsonNode.Parse($$"""
                { "email": "ny.kund@example.se", "mobilePhone": "+46701112233", "firstName": "Kim", "language": "sv", "countryCode": "SE",
                  "acceptsEmail": true, "acceptsSms": false, "consents": [ { "id": "{{consentId}}", "value": true } ] }
                """));
        var (found, _) = await Find("email", "ny.kund@example.se");
        var shopper = await Read(found!);

        missing.Should().BeNull();
        notFound.Status.Should().Be(HttpStatusCode.NotFound);
        created.Status.Should().Be(HttpStatusCode.Created);
        found.Should().Be(created.Json!["id"]!.GetValue<string>());
        created.Json!["meta"]!["storeExternalId"]!.GetValue<string>().Should().Be("ECOM-SE");
        shopper.IsMember.Should().BeTrue("a contact created without a type is a Member, and the storefront reads meta.contactType");
        shopper.AcceptsEmail.Should().BeTrue();
        shopper.Language.Should().Be("sv");
        shopper.Consents.Should().ContainSingle(c => c!["id"]!.GetValue<string>() == consentId && c["value"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_existing_shopper_gets_consent_and_language_recorded_and_the_member_check_tells_a_contact_from_a_member()
    {
        var existing = await Fetch(HttpMethod.Post, "/api/v3/contacts", new JsonObject { ["email"] = "guest@example.com", ["contactType"] = "Contact" });
        var (id, _) = await Find("email", "guest@example.com");
        var before = await Read(id!);

        var consented = await Fetch(HttpMethod.Post, $"/api/v3/contacts/{id}/preferences/acceptsEmail", new JsonObject { ["value"] = true });
        var updated = await Fetch(HttpMethod.Post, $"/api/v3/contacts/{id}", new JsonObject { ["language"] = "en" });
        var after = await Read(id!);

        existing.Status.Should().Be(HttpStatusCode.Created);
        before.Should().Match<Shopper>(s => !s.IsMember && !s.AcceptsEmail && s.Language == null);
        consented.Status.Should().Be(HttpStatusCode.OK);
        consented.Json!["preferences"]!["AcceptsEmails"]!.GetValue<bool>().Should().BeTrue();
        updated.Status.Should().Be(HttpStatusCode.OK);
        after.AcceptsEmail.Should().BeTrue();
        after.Language.Should().Be("en");
        after.IsMember.Should().BeFalse("the contact was created as a Contact, and neither route changes the type");
    }

    [Fact]
    public async Task A_shopper_subscribes_sees_the_subscription_and_unsubscribes()
    {
        var sku = await DemoSku("sv-SE");
        var contactId = (await Fetch(HttpMethod.Post, "/api/v3/contacts", new JsonObject { ["email"] = "waiting@example.com" })).Json!["id"]!.GetValue<string>();

        var subscribed = await Fetch(
            HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", new JsonObject { ["contactId"] = contactId, ["sku"] = sku, ["locale"] = "sv-SE" });
        var listed = await Fetch(HttpMethod.Get, $"/api/v3/contacts/{contactId}/backinstock/subscriptions");
        var unsubscribed = await Fetch(HttpMethod.Delete, $"/api/v3/inventory/backinstock/subscriptions/{subscribed.Json!["id"]}");
        var afterwards = await Fetch(HttpMethod.Get, $"/api/v3/contacts/{contactId}/backinstock/subscriptions");

        subscribed.Status.Should().Be(HttpStatusCode.Created);
        listed.Json!["data"]!.AsArray().Should().ContainSingle(s => s!["sku"]!.GetValue<string>() == sku && s["locale"]!.GetValue<string>() == "sv-SE");
        unsubscribed.Status.Should().Be(HttpStatusCode.NoContent);
        unsubscribed.Text.Should().BeEmpty("a 204 is not parsed");
        afterwards.Json!["data"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_422_gives_the_form_a_message_per_field_beside_the_code_message_and_request_id()
    {
        var refused = await Fetch(
            HttpMethod.Post, "/api/v3/contacts?source=e-com", new JsonObject { ["email"] = "kim@", ["countryCode"] = "Sweden", ["language"] = "s" });

        refused.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        refused.MediaType.Should().Be("application/json");
        var error = refused.Json!;
        error["errorCode"]!.GetValue<string>().Should().Be("ValidationError");
        error["message"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        error["requestId"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        var perField = error["validationErrors"]!.AsArray().ToDictionary(e => e!["key"]!.GetValue<string>(), e => e!["errorDescription"]!.GetValue<string>());
        perField.Keys.Should().BeEquivalentTo("email", "countryCode", "language");
        perField.Values.Should().OnlyContain(text => !string.IsNullOrWhiteSpace(text));
        error["validationErrors"]!.AsArray().Single(e => e!["key"]!.GetValue<string>() == "email")!["errorCode"]!.GetValue<string>().Should().Be("InvalidEmailAddress");
    }

    [Fact]
    public async Task A_subscription_the_contract_refuses_is_a_422_naming_the_missing_sku()
    {
        var contactId = (await Fetch(HttpMethod.Post, "/api/v3/contacts", new JsonObject { ["email"] = "half@example.com" })).Json!["id"]!.GetValue<string>();

        var refused = await Fetch(HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", new JsonObject { ["contactId"] = contactId, ["locale"] = "sv-SE" });

        refused.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        refused.Json!["validationErrors"]!.AsArray().Select(e => e!["key"]!.GetValue<string>()).Should().Equal("sku");
    }

    [Fact]
    public async Task A_phone_two_contacts_share_is_a_409_whose_ids_the_storefront_reads_to_pick_the_member()
    {
        var member = (await Fetch(HttpMethod.Post, "/api/v3/contacts", new JsonObject { ["email"] = "m@example.com", ["mobilePhone"] = "+46709998877" })).Json!["id"]!.GetValue<string>();
        var contact = (await Fetch(HttpMethod.Post, "/api/v3/contacts", new JsonObject { ["email"] = "c@example.com", ["mobilePhone"] = "+46709998877", ["contactType"] = "Contact" })).Json!["id"]!.GetValue<string>();

        var (id, answer) = await Find("mobilePhone", "+46709998877");
        var candidates = answer.Json!["messageDetails"]!["multipleMatchesFound"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var members = new List<string>();
        foreach (var candidate in candidates)
        {
            if ((await Read(candidate)).IsMember)
            {
                members.Add(candidate);
            }
        }

        id.Should().BeNull();
        answer.Status.Should().Be(HttpStatusCode.Conflict);
        answer.Json!["errorCode"]!.GetValue<string>().Should().Be("MultipleMatches");
        candidates.Should().Equal(member, contact);
        members.Should().Equal(member);
    }

    [Fact]
    public async Task The_member_check_is_narrowed_by_contact_type_as_the_lookup_allows()
    {
        var member = (await Fetch(HttpMethod.Post, "/api/v3/contacts", new JsonObject { ["email"] = "mm@example.com", ["mobilePhone"] = "+46705554433" })).Json!["id"]!.GetValue<string>();
        await Fetch(HttpMethod.Post, "/api/v3/contacts", new JsonObject { ["email"] = "cc@example.com", ["mobilePhone"] = "+46705554433", ["contactType"] = "Contact" });

        var answer = await Fetch(HttpMethod.Get, "/api/v3/contacts/id?mobilePhone=%2B46705554433&contactType=Member");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Json!.GetValue<string>().Should().Be(member);
    }

    [Fact]
    public async Task Without_a_valid_key_every_call_is_a_401_in_engages_shape()
    {
        var answer = await Wire.SendAsync(
            _app.CreateClient(), HttpMethod.Get, "/api/v3/consents", new Dictionary<string, string> { ["apikey"] = "wrong", ["Content-Type"] = "application/json" });

        answer.Status.Should().Be(HttpStatusCode.Unauthorized);
        answer.Json!["errorCode"]!.GetValueKind().Should().Be(JsonValueKind.String);
        answer.Json!["requestId"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    public void Dispose() => _app.Dispose();
}
