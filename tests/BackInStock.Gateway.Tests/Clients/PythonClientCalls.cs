using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Clients;

/// <summary>
/// A Python client's calls, as alinaqi/voyado-python makes them (voyado/base.py, voyado/contacts.py,
/// examples/basic_usage.py): one requests.Session whose headers (apikey, User-Agent, Content-Type and Accept
/// application/json) go on every request, GET included; endpoints under /api/v3; bodies as <c>json=</c>,
/// parameters in the query string. It reads an answer with <c>response.json()</c> (an empty body as {}) and
/// maps statuses to exceptions: 400 a validation error with the body's <c>message</c>, 401 an authentication
/// error, 404 not found with <c>message</c>, 429 a rate-limit error, any other failure a generic API error
/// holding the status and body.
/// </summary>
public sealed class PythonClientCalls
{
    private static readonly Dictionary<string, string> SessionHeaders = new()
    {
        ["apikey"] = GatewayApplication.ApiKey,
        ["User-Agent"] = "VoyadoPython/0.1.0",
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    };

    /// <summary>The client's exceptions: which class it raises says how the answer was read.</summary>
    private sealed class VoyadoApiError(string kind, int status, string message, JsonNode? responseData) : Exception(message)
    {
        public string Kind { get; } = kind;

        public int Status { get; } = status;

        public JsonNode? ResponseData { get; } = responseData;
    }

    /// <summary>BaseAPIClient._request and _handle_response.</summary>
    private static async Task<JsonNode?> Request(GatewayApplication app, HttpMethod method, string endpoint, JsonNode? data = null, string query = "", string? apiKey = null)
    {
        var headers = new Dictionary<string, string>(SessionHeaders);
        if (apiKey is not null)
        {
            headers["apikey"] = apiKey;
        }

        var answer = await Wire.SendAsync(app.CreateClient(), method, "/api/v3" + endpoint + query, headers, data?.ToJsonString());
        JsonNode? body;
        try
        {
            body = answer.Text.Length == 0 ? new JsonObject() : JsonNode.Parse(answer.Text);
        }
        catch (JsonException)
        {
            body = new JsonObject { ["error"] = answer.Text };
        }

        string MessageOr(string fallback) => body is JsonObject o && o["message"] is JsonValue m ? m.ToString() : fallback;
        return (int)answer.Status switch
        {
            200 or 201 or 202 => body,
            204 => new JsonObject(),
            400 => throw new VoyadoApiError("VoyadoValidationError", 400, MessageOr("Validation error"), body),
            401 => throw new VoyadoApiError("VoyadoAuthenticationError", 401, "Authentication failed. Check your API key.", body),
            404 => throw new VoyadoApiError("VoyadoNotFoundError", 404, MessageOr("Resource not found"), body),
            429 => throw new VoyadoApiError("VoyadoRateLimitError", 429, "Rate limit exceeded. Please try again later.", body),
            var status => throw new VoyadoApiError("VoyadoAPIError", status, $"API error: {status}", body),
        };
    }

    /// <summary>ContactsAPI.get_count: a dict's count, else the answer itself.</summary>
    private static async Task<JsonNode?> GetCount(GatewayApplication app, string? apiKey = null)
    {
        var result = await Request(app, HttpMethod.Get, "/contacts/count", apiKey: apiKey);
        return result is JsonObject dict ? dict["count"] ?? JsonValue.Create(0) : result;
    }

    /// <summary>VoyadoClient.test_connection: true when the count is an int of at least 0; any exception is false.</summary>
    private static async Task<bool> TestConnection(GatewayApplication app, string? apiKey = null)
    {
        try
        {
            return await GetCount(app, apiKey) is JsonValue count && count.GetValueKind() == JsonValueKind.Number && count.TryGetValue(out int n) && n >= 0;
        }
        catch (VoyadoApiError)
        {
            return false;
        }
    }

    /// <summary>ContactsAPI.create: source always in the query (default "API"), storeExternalId and createAsUnapproved when given.</summary>
    private static Task<JsonNode?> Create(GatewayApplication app, JsonNode data, string source = "API", string? storeExternalId = null, bool createAsUnapproved = false)
    {
        var query = "?source=" + Uri.EscapeDataString(source)
            + (storeExternalId is null ? string.Empty : "&storeExternalId=" + Uri.EscapeDataString(storeExternalId))
            + (createAsUnapproved ? "&createAsUnapproved=true" : string.Empty);
        return Request(app, HttpMethod.Post, "/contacts", data, query);
    }

    /// <summary>examples/basic_usage.py's contact; the consent date is Python's naive datetime.now().isoformat().</summary>
    private static JsonNode ExampleContact(string email) => JsonNode.Parse($$"""
        {
          "firstName": "John", "lastName": "Doe", "email": "{{email}}", "mobilePhone": "+46701234567",
          "countryCode": "SE", "birthDay": "1990-01-15", "contactType": "Member",
          "preferences": { "acceptsEmail": true, "acceptsSms": true, "acceptsPostal": false },
          "consents": [ { "id": "memberConsent", "value": true, "date": "2026-03-01T09:30:15.123456", "source": "API", "comment": "Accepted terms via API" } ]
        }
        """)!;

    [Fact]
    public async Task Test_connection_reads_the_count_as_an_int_and_the_count_leaves_unapproved_contacts_out()
    {
        using var app = new GatewayApplication(inMemory: true);
        var before = (await GetCount(app))!.GetValue<int>();

        await Create(app, new JsonObject { ["email"] = "approved@example.com" });
        await Create(app, new JsonObject { ["email"] = "pending@example.com" }, createAsUnapproved: true);

        (await TestConnection(app)).Should().BeTrue();
        (await GetCount(app))!.GetValue<int>().Should().Be(before + 1);
    }

    [Fact]
    public async Task The_example_contact_is_created_with_source_and_store_in_the_query_and_keeps_its_preferences_and_consent()
    {
        using var app = new GatewayApplication(inMemory: true);

        var contact = await Create(app, ExampleContact("john.doe@example.com"), storeExternalId: "ECOM-SE");

        contact!["id"]!.GetValue<string>().Should().NotBeNullOrEmpty("the example prints new_contact['id']");
        contact["meta"]!["sourceType"]!.GetValue<string>().Should().Be("API");
        contact["meta"]!["storeExternalId"]!.GetValue<string>().Should().Be("ECOM-SE");
        contact["meta"]!["contactType"]!.GetValue<string>().Should().Be("Member");
        contact["preferences"]!["acceptsEmail"]!.GetValue<bool>().Should().BeTrue();
        contact["preferences"]!["acceptsSms"]!.GetValue<bool>().Should().BeTrue();
        var consent = contact["consents"]!.AsArray().Single()!;
        consent["id"]!.GetValue<string>().Should().Be("memberConsent");
        consent["source"]!.GetValue<string>().Should().Be("API");
        consent["date"]!.GetValue<DateTimeOffset>().DateTime.Should().Be(new DateTime(2026, 3, 1, 9, 30, 15, 123).AddTicks(4560), "a date without an offset is read, as .NET's Engage would");
    }

    [Fact]
    public async Task An_unapproved_contact_is_promoted_by_updateContactType_with_the_empty_body_the_client_sends()
    {
        using var app = new GatewayApplication(inMemory: true);
        var created = await Create(app, new JsonObject { ["email"] = "lead@example.com", ["contactType"] = "Contact" }, createAsUnapproved: true);
        var id = created!["id"]!.GetValue<string>();
        created["meta"]!["approved"]!.GetValue<bool>().Should().BeFalse();

        var promoted = await Request(app, HttpMethod.Post, $"/contacts/{id}/updateContactType", new JsonObject(), "?contactTypeId=Member");

        promoted!["meta"]!["contactType"]!.GetValue<string>().Should().Be("Member");
        (await Request(app, HttpMethod.Get, $"/contacts/{id}"))!["meta"]!["contactType"]!.GetValue<string>().Should().Be("Member");
    }

    [Fact]
    public async Task The_examples_patch_with_attributes_the_emulator_does_not_keep_changes_what_it_does_keep()
    {
        using var app = new GatewayApplication(inMemory: true);
        var id = (await Create(app, ExampleContact("patch@example.com")))!["id"]!.GetValue<string>();

        var updated = await Request(app, HttpMethod.Patch, $"/contacts/{id}", new JsonObject { ["street"] = "New Street 123", ["city"] = "Stockholm", ["lastName"] = "Smith" });

        updated!["attributes"]!["lastName"]!.GetValue<string>().Should().Be("Smith");
        updated["attributes"]!["firstName"]!.GetValue<string>().Should().Be("John", "only what is sent changes");
    }

    [Fact]
    public async Task Each_refusal_raises_the_exception_the_client_maps_its_status_to_with_engages_body()
    {
        using var app = new GatewayApplication(inMemory: true);
        var id = (await Create(app, new JsonObject { ["email"] = "taken@example.com" }))!["id"]!.GetValue<string>();

        var duplicate = await Raised(() => Create(app, new JsonObject { ["email"] = "taken@example.com" }));
        var invalid = await Raised(() => Create(app, new JsonObject { ["email"] = "not-an-address" }));
        var badType = await Raised(() => Request(app, HttpMethod.Post, $"/contacts/{id}/updateContactType", new JsonObject(), "?contactTypeId=VIP"));
        var missing = await Raised(() => Request(app, HttpMethod.Get, $"/contacts/{Guid.NewGuid()}"));

        duplicate.Kind.Should().Be("VoyadoAPIError");
        duplicate.Status.Should().Be(409);
        duplicate.ResponseData!["errorCode"]!.GetValue<string>().Should().Be("ApprovedContactWithKeyExists");
        invalid.Kind.Should().Be("VoyadoAPIError", "Engage's invalid body is a 422, which this client leaves generic");
        invalid.Status.Should().Be(422);
        invalid.ResponseData!["validationErrors"]!.AsArray().Select(e => e!["key"]!.GetValue<string>()).Should().Equal("email");
        badType.Kind.Should().Be("VoyadoValidationError");
        badType.Message.Should().Be(badType.ResponseData!["message"]!.GetValue<string>()).And.NotBeNullOrWhiteSpace();
        badType.ResponseData!["errorCode"]!.GetValue<string>().Should().Be("InvalidContactType");
        missing.Kind.Should().Be("VoyadoNotFoundError");
        missing.Message.Should().NotBe("Resource not found", "the client shows Engage's message when the body has one");
    }

    [Fact]
    public async Task A_wrong_key_is_an_authentication_error_so_test_connection_is_false()
    {
        using var app = new GatewayApplication(inMemory: true);

        (await TestConnection(app, apiKey: "expired-key")).Should().BeFalse();
        (await Raised(() => GetCount(app, apiKey: "expired-key"))).Kind.Should().Be("VoyadoAuthenticationError");
        (await TestConnection(app)).Should().BeTrue();
    }

    [Fact]
    public async Task Past_the_rate_limit_the_client_raises_its_rate_limit_error_and_backing_off_gets_the_call_served()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Engage:RateLimit:PermitsPerSecond"] = "2" });
        await GetCount(app);
        await GetCount(app);

        var limited = await Raised(() => GetCount(app));
        var wire = await Wire.SendAsync(app.CreateClient(), HttpMethod.Get, "/api/v3/contacts/count", SessionHeaders);

        limited.Kind.Should().Be("VoyadoRateLimitError");
        limited.ResponseData!["errorCode"]!.GetValue<string>().Should().Be("TooManyRequests");
        wire.Status.Should().Be(HttpStatusCode.TooManyRequests);
        var retryAfter = wire.Headers.RetryAfter!.Delta!.Value;
        retryAfter.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(1), "one second is Engage's window");

        // INSTALL.md's advice: back off and retry. Waiting Retry-After gets the key served again; on a loaded
        // machine a step may land in the same window, so the client's few back-off steps are allowed, not more.
        JsonNode? count = null;
        for (var step = 0; step < 3 && count is null; step++)
        {
            await Task.Delay(retryAfter + TimeSpan.FromMilliseconds(50));
            try
            {
                count = await GetCount(app);
            }
            catch (VoyadoApiError error) when (error.Kind == "VoyadoRateLimitError")
            {
            }
        }

        count.Should().NotBeNull("the key is served again after backing off");
        count!.GetValueKind().Should().Be(JsonValueKind.Number);
    }

    private static async Task<VoyadoApiError> Raised(Func<Task<JsonNode?>> call)
    {
        var act = () => call();
        return (await act.Should().ThrowAsync<VoyadoApiError>()).Which;
    }
}
