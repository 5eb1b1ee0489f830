using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

public sealed class CentraAcceleratorTests
{
    private static readonly Uri Subscribe = new("/api/v1/centra/back-in-stock/subscribe", UriKind.Relative);

    // Voyado's partner page, "JSON example - Body", verbatim.
    private const string PageBody = """
        {
            "email": "john.doe@voyado.com",
            "sku": "1234-1",
            "acceptemail": true,
            "store": "voyado.centraqa",
            "locale": "en-US",
            "externalId":"4"
        }
        """;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_pages_body_creates_the_pages_contact_and_subscription()
    {
        using var app = new GatewayApplication(inMemory: true);

        var response = await app.CreateClient().PostAsync(Subscribe, Json(PageBody));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var result = (await response.Content.ReadFromJsonAsync<CentraSubscribeResult>())!;
        result.ContactCreated.Should().BeTrue();

        // "JSON Example - Output to Engage": the contact the accelerator creates.
        var contact = await app.Contacts().GetContactAsync(result.ContactId);
        var expectedContact = JsonDocument.Parse("""{ "email": "john.doe@voyado.com", "acceptsEmail": true, "lang": "en", "countryCode":"US" }""").RootElement;
        contact.Attributes.Email.Should().Be(expectedContact.GetProperty("email").GetString());
        contact.Preferences.AcceptsEmail.Should().Be(expectedContact.GetProperty("acceptsEmail").GetBoolean());
        contact.Attributes.Language.Should().Be(expectedContact.GetProperty("lang").GetString());
        contact.Attributes.CountryCode.Should().Be(expectedContact.GetProperty("countryCode").GetString());

        // "JSON Example - Subscription", with the created contact's id in place of the page's.
        var expectedSubscription = JsonDocument.Parse("""{ "ContactId": "0fbfa450-35a6-4d0b-bcd3-b22f00f1ee47", "sku": "1234-1", "locale": "en-US", "externalId":"4" }""").RootElement;
        var subscription = (await app.BackInStock().ListContactSubscriptionsAsync(result.ContactId)).Data.Single();
        subscription.Id.Should().Be(result.SubscriptionId);
        subscription.ContactId.Should().Be(result.ContactId);
        subscription.Sku.Should().Be(expectedSubscription.GetProperty("sku").GetString());
        subscription.Locale.Should().Be(expectedSubscription.GetProperty("locale").GetString());
        subscription.ExternalId.Should().Be(expectedSubscription.GetProperty("externalId").GetString());
    }

    [Fact]
    public async Task An_existing_contact_is_reused_whatever_the_case_of_the_email()
    {
        using var app = new GatewayApplication(inMemory: true);
        var existing = await app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "john.doe@voyado.com", Lang = "sv" });

        var response = await app.CreateClient().PostAsync(Subscribe, Json(PageBody.Replace("john.doe@voyado.com", "John.Doe@Voyado.com", StringComparison.Ordinal)));

        var result = (await response.Content.ReadFromJsonAsync<CentraSubscribeResult>())!;
        result.ContactCreated.Should().BeFalse();
        result.ContactId.Should().Be(existing.Id);
        (await app.Contacts().GetContactAsync(existing.Id)).Attributes.Language.Should().Be("sv", "an existing contact is not changed");
    }

    [Fact]
    public async Task Every_field_is_required_and_the_email_must_be_valid()
    {
        using var app = new GatewayApplication(inMemory: true);

        var response = await app.CreateClient().PostAsync(Subscribe, Json("""{ "email": "not-an-email" }"""));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "the accelerator answers as Engage's /api/v3 does");
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        error.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("$.email", "$.sku", "$.acceptemail", "$.store", "$.locale", "$.externalId");
        var items = error.GetProperty("validationErrors").EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
        items.Keys.Should().BeEquivalentTo("email", "sku", "acceptemail", "store", "locale", "externalId");
        items["email"].GetProperty("errorCode").GetString().Should().Be("InvalidEmailAddress");
        items["sku"].GetProperty("errorCode").GetString().Should().Be("ValidationError");
    }

    [Theory]
    [InlineData("brand-x", "brand-x")]
    [InlineData("brand-y-124", "brand-y")]
    [InlineData("BRAND-Y", "brand-y")]
    public async Task The_store_picks_the_tenant_including_the_combined_form(string store, string expectedTenant)
    {
        using var app = TwoTenants();

        var response = await app.CreateClient().PostAsync(Subscribe, Json(PageBody.Replace("voyado.centraqa", store, StringComparison.Ordinal)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        foreach (var (tenant, key) in new[] { ("brand-x", "key-x"), ("brand-y", "key-y") })
        {
            var http = app.CreateClient();
            http.DefaultRequestHeaders.Add("apikey", key);
            var lookup = await http.GetAsync(new Uri("/api/v3/contacts/id?email=john.doe%40voyado.com", UriKind.Relative));
            lookup.StatusCode.Should().Be(tenant == expectedTenant ? HttpStatusCode.OK : HttpStatusCode.NotFound, $"the contact belongs to {expectedTenant} only");
        }
    }

    [Theory]
    [InlineData("brand-z")]
    [InlineData("brand-y-999")]
    public async Task An_unknown_store_is_a_clear_422(string store)
    {
        using var app = TwoTenants();

        var response = await app.CreateClient().PostAsync(Subscribe, Json(PageBody.Replace("voyado.centraqa", store, StringComparison.Ordinal)));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"errorCode\":\"UnknownStore\"").And.Contain("\"$.store\"").And.NotContain("brand-x", "the answer does not list the tenants");
    }

    [Fact]
    public async Task Past_the_rate_limit_a_client_gets_429_with_retry_after()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?>
        {
            ["Accelerator:RateLimit:PermitLimit"] = "2",
            ["Accelerator:RateLimit:WindowSeconds"] = "30",
        });
        var http = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await http.PostAsync(Subscribe, Json(PageBody));
            statuses.Add(last.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests);
        last!.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
        (await last.Content.ReadAsStringAsync()).Should().Contain("\"errorCode\":\"TooManyRequests\"");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Forbidden)]
    [InlineData("wrong", HttpStatusCode.Forbidden)]
    [InlineData("bis-test-captcha-pass", HttpStatusCode.Created)]
    public async Task In_test_token_mode_only_the_test_token_passes_the_captcha(string? token, HttpStatusCode expected)
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Accelerator:Captcha:Mode"] = "TestToken" });
        var request = new HttpRequestMessage(HttpMethod.Post, Subscribe) { Content = Json(PageBody) };
        if (token is not null)
        {
            request.Headers.Add("X-Captcha-Token", token);
        }

        var response = await app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(expected);
        if (expected == HttpStatusCode.Forbidden)
        {
            (await response.Content.ReadAsStringAsync()).Should().Contain("CaptchaFailed");
        }
    }

    [Fact]
    public async Task Storefront_origins_may_call_the_accelerator_but_not_the_engage_api()
    {
        using var app = new GatewayApplication(inMemory: true);
        var http = app.CreateClient();

        var accelerator = await http.SendAsync(Preflight(Subscribe));
        var engage = await http.SendAsync(Preflight(new Uri("/api/v3/inventory/backinstock/subscriptions", UriKind.Relative)));

        accelerator.Headers.Should().Contain(h => h.Key == "Access-Control-Allow-Origin");
        engage.Headers.Should().NotContain(h => h.Key == "Access-Control-Allow-Origin");
    }

    private static HttpRequestMessage Preflight(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, uri);
        request.Headers.Add("Origin", "https://shop.example.com");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static GatewayApplication TwoTenants() =>
        GatewayApplication.TwoTenants(("brand-x", "key-x"), ("brand-y", "key-y"), new Dictionary<string, string?> { ["Tenants:1:CentraStores:0"] = "124" });
}
