using System.Net;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests;

/// <summary>
/// GET /api/v3/stores (Voyado's "Stores API endpoints" page) and GET /api/v3/consents (the v2 swagger's
/// consent definitions), per tenant, with demo values when a tenant configures none.
/// </summary>
public sealed class LookupsApiTests : IDisposable
{
    private static readonly string[] StoreMembers =
    [
        "name", "city", "countryCode", "county", "email", "adjacentZipCodes", "emailUnsubscribeText", "emailViewOnlineText", "externalId", "footerHtml",
        "headerHtml", "homepage", "phoneNumber", "region", "senderAddress", "senderName", "street", "type", "zipCode", "active", "timeZone",
    ];

    private readonly GatewayApplication _app = new(inMemory: true);

    private static async Task<JsonArray> GetArray(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    [Fact]
    public async Task The_stores_are_a_bare_array_with_every_member_of_engages_store_and_only_active_ones()
    {
        var stores = await GetArray(_app.CreateAuthorizedClient(), "/api/v3/stores");

        stores.Select(s => s!["externalId"]!.GetValue<string>()).Should().Equal("ECOM-SE", "ECOM-US", "ECOM-DE", "ECOM-PL");
        var first = stores[0]!.AsObject();
        first.Select(m => m.Key).Should().BeEquivalentTo(StoreMembers, "Engage's page shows every member, null where unset");
        first["city"].Should().BeNull();
        first["type"]!.GetValue<string>().Should().Be("ECOM");
        first["active"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task IncludeInactive_true_lists_the_closed_store_too()
    {
        var stores = await GetArray(_app.CreateAuthorizedClient(), "/api/v3/stores?includeInactive=true");

        var closed = stores.Should().ContainSingle(s => s!["externalId"]!.GetValue<string>() == "010").Subject!;
        closed["active"]!.GetValue<bool>().Should().BeFalse();
        closed["type"]!.GetValue<string>().Should().Be("RETAIL");
    }

    [Fact]
    public async Task An_includeInactive_that_is_not_a_boolean_is_a_400_naming_it()
    {
        using var response = await _app.CreateAuthorizedClient().GetAsync(new Uri("/api/v3/stores?includeInactive=maybe", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("includeInactive");
    }

    [Fact]
    public async Task The_consents_carry_their_texts_per_culture()
    {
        var consents = await GetArray(_app.CreateAuthorizedClient(), "/api/v3/consents");

        consents.Select(c => c!["id"]!.GetValue<string>()).Should().Equal("memberConsent", "backInStockConsent");
        var metaData = consents[0]!["metaData"]!;
        metaData["displayText"]!["sv-SE"]!.GetValue<string>().Should().Be("Jag godkänner medlemsvillkoren");
        metaData["linkText"]!["en-GB"]!.GetValue<string>().Should().Be("Read the membership terms");
        metaData["conditionText"]!["en-GB"]!.GetValue<string>().Should().StartWith("<p>");
    }

    [Theory]
    [InlineData("/api/v3/stores")]
    [InlineData("/api/v3/consents")]
    public async Task Without_the_api_key_the_lists_are_a_401(string path)
    {
        using var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Each_tenant_answers_its_own_configured_lists_and_the_emulator_wide_ones_fill_in()
    {
        using var app = GatewayApplication.TwoTenants(("brand-x", "key-x"), ("brand-y", "key-y"), new Dictionary<string, string?>
        {
            ["Tenants:0:Stores:0:ExternalId"] = "X-WEB",
            ["Tenants:0:Stores:0:Name"] = "Brand X web",
            ["Tenants:0:Stores:0:Type"] = "ECOM",
            ["Tenants:0:Consents:0:Id"] = "xTerms",
            ["Tenants:0:Consents:0:Name"] = "X terms",
            ["Tenants:0:Consents:0:DisplayText:sv-SE"] = "Villkor X",
            ["Emulator:Stores:0:ExternalId"] = "SHARED",
            ["Emulator:Stores:0:Name"] = "Shared store",
            ["Emulator:Stores:0:Active"] = "false",
        });
        HttpClient With(string key)
        {
            var http = app.CreateClient();
            http.DefaultRequestHeaders.Add("apikey", key);
            return http;
        }

        var x = await GetArray(With("key-x"), "/api/v3/stores");
        var xConsents = await GetArray(With("key-x"), "/api/v3/consents");
        var yActive = await GetArray(With("key-y"), "/api/v3/stores");
        var yAll = await GetArray(With("key-y"), "/api/v3/stores?includeInactive=true");
        var yConsents = await GetArray(With("key-y"), "/api/v3/consents");

        x.Should().ContainSingle().Which!["name"]!.GetValue<string>().Should().Be("Brand X web");
        xConsents.Should().ContainSingle().Which!["metaData"]!["displayText"]!["sv-SE"]!.GetValue<string>().Should().Be("Villkor X");
        yActive.Should().BeEmpty("brand-y takes Emulator:Stores, whose one store is inactive");
        yAll.Should().ContainSingle().Which!["externalId"]!.GetValue<string>().Should().Be("SHARED");
        yConsents.Select(c => c!["id"]!.GetValue<string>()).Should().Equal("memberConsent", "backInStockConsent");
    }

    public void Dispose() => _app.Dispose();
}
