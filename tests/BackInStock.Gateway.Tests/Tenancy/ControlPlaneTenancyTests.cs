using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Tenancy;

/// <summary>Issue 12 item 9: every tenant has its own clock, and with several tenants a control-plane request names its tenant.</summary>
public sealed class ControlPlaneTenancyTests
{
    private const string TenantHeader = "X-BackInStock-Tenant";

    private static GatewayApplication TwoTenants() => GatewayApplication.TwoTenants(("brand-a", "key-a"), ("brand-b", "key-b"));

    private static HttpClient As(GatewayApplication app, string header, string value)
    {
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Add(header, value);
        return http;
    }

    private static async Task<DateTimeOffset> Now(HttpClient http, string path = "/emulator/clock") =>
        (await http.GetFromJsonAsync<JsonObject>(path))!["now"]!.GetValue<DateTimeOffset>();

    [Fact]
    public async Task Advancing_one_tenants_clock_by_a_year_leaves_the_other_tenants_clock_and_data_on_real_time()
    {
        using var app = TwoTenants();
        var a = As(app, "apikey", "key-a");
        var b = As(app, TenantHeader, "brand-b");

        var advanced = await a.PutAsJsonAsync("/emulator/clock", new { advanceSeconds = 365 * 86_400 });

        advanced.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Now(a)).Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(365), TimeSpan.FromMinutes(1));
        (await Now(b)).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        (await Now(app.CreateClient(), "/emulator/clock?tenant=brand-b")).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var created = await As(app, "apikey", "key-b").PostAsJsonAsync("/api/v3/contacts", new { email = "b@example.com" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        (await created.Content.ReadFromJsonAsync<JsonObject>())!["meta"]!["createdOn"]!.GetValue<DateTimeOffset>()
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), "brand B's data is stamped by brand B's clock");
    }

    [Theory]
    [InlineData("GET", "/emulator/clock")]
    [InlineData("GET", "/emulator/outbox")]
    [InlineData("GET", "/emulator/stock-levels")]
    [InlineData("GET", "/emulator/klaviyo/back-in-stock-report")]
    [InlineData("POST", "/emulator/reset")]
    public async Task With_two_tenants_a_control_plane_call_that_names_none_is_a_400_listing_both(string method, string path)
    {
        using var app = TwoTenants();
        var created = await As(app, "apikey", "key-a").PostAsJsonAsync("/api/v3/contacts", new { email = "kept@example.com" });

        // Control-plane writes are JSON even with no body (local-only rules); GETs send none.
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };
        var response = await app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        problem["errorCode"]!.GetValue<string>().Should().Be("TenantRequired");
        problem["tenants"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("brand-a", "brand-b");
        problem["errors"]!["tenant"].Should().NotBeNull();
        var contact = await created.Content.ReadFromJsonAsync<JsonObject>();
        (await As(app, "apikey", "key-a").GetAsync(new Uri($"/api/v3/contacts/{contact!["id"]}", UriKind.Relative))).StatusCode
            .Should().Be(HttpStatusCode.OK, "a refused reset empties no tenant");
    }

    [Fact]
    public async Task A_tenant_name_that_matches_none_is_a_400_listing_the_tenants()
    {
        using var app = TwoTenants();

        var response = await As(app, TenantHeader, "brand-c").GetAsync(new Uri("/emulator/outbox", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        problem["errorCode"]!.GetValue<string>().Should().Be("UnknownTenant");
        problem["errors"]![TenantHeader].Should().NotBeNull();
        problem["tenants"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task The_key_the_header_and_the_query_each_pick_the_tenant_and_health_answers_unnamed_with_every_tenant()
    {
        using var app = TwoTenants();

        var byKey = await As(app, "x-api-key", "key-b").GetFromJsonAsync<JsonObject>("/emulator/health");
        var byHeader = await As(app, TenantHeader, "BRAND-B").GetFromJsonAsync<JsonObject>("/emulator/health");
        var byQuery = await app.CreateClient().GetFromJsonAsync<JsonObject>("/emulator/health?tenant=brand-b");
        var unnamed = await app.CreateClient().GetFromJsonAsync<JsonObject>("/emulator/health");

        new[] { byKey, byHeader, byQuery }.Select(h => h!["tenant"]!.GetValue<string>()).Should().OnlyContain(t => t == "brand-b");
        unnamed!["tenants"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("brand-a", "brand-b");
        var conflicting = As(app, "apikey", "key-a");
        conflicting.DefaultRequestHeaders.Add(TenantHeader, "brand-b");
        (await conflicting.GetAsync(new Uri("/emulator/clock", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task With_one_tenant_a_control_plane_call_needs_no_tenant()
    {
        using var app = new GatewayApplication(inMemory: true);
        var http = app.CreateClient();

        var frozen = await http.PutAsJsonAsync("/emulator/clock", new { freezeAt = "2030-01-01T00:00:00Z" });
        var outbox = await http.GetAsync(new Uri("/emulator/outbox", UriKind.Relative));
        var reset = await http.PostAsync(new Uri("/emulator/reset", UriKind.Relative), JsonContent.Create(new { }));

        frozen.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Now(http)).Should().Be(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        outbox.StatusCode.Should().Be(HttpStatusCode.OK);
        reset.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await http.GetFromJsonAsync<JsonObject>("/emulator/health"))!["tenant"]!.GetValue<string>().Should().Be("voyado.centraqa");
    }
}
