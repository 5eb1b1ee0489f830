using System.Net;
using System.Text.Json.Nodes;
using BackInStock.Gateway.Security;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>
/// The dashboard and the API reference act through Engage's routes with the tenant's key: a page of this
/// machine is told the key, anyone else needs the admin key; the reference sends nothing off the machine.
/// </summary>
public sealed class DevKeyAndReferenceTests
{
    private const string TeamHost = "emulator.team.example";
    private const string AdminKey = "team-admin-key-0002";

    private static GatewayApplication TeamGateway() => new(inMemory: true, settings: new Dictionary<string, string?>
    {
        ["Gateway:AllowedHosts:0"] = TeamHost,
        ["Gateway:AdminKey"] = AdminKey,
    });

    private static HttpRequestMessage Get(string path, string? host = null, string? adminKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (adminKey is not null)
        {
            request.Headers.Add(LocalOnly.AdminKeyHeader, adminKey);
        }

        return request;
    }

    [Fact]
    public async Task A_page_on_this_machine_is_told_the_tenants_key_and_the_header_it_goes_in()
    {
        using var app = new GatewayApplication(inMemory: true);

        var key = JsonNode.Parse(await app.CreateClient().GetStringAsync(new Uri("/emulator/dev-key", UriKind.Relative)))!;

        key["apiKey"]!.ToString().Should().Be(GatewayApplication.ApiKey);
        key["header"]!.ToString().Should().Be("apikey");
        using var check = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v3/contacts/count", UriKind.Relative));
        check.Headers.Add(key["header"]!.ToString(), key["apiKey"]!.ToString());
        (await app.CreateClient().SendAsync(check)).StatusCode.Should().Be(HttpStatusCode.OK, "the key it tells opens Engage's routes");
    }

    [Fact]
    public async Task With_several_tenants_each_tenants_own_key_is_told()
    {
        using var app = GatewayApplication.TwoTenants(("brand-x", "key-x-0001"), ("brand-y", "key-y-0001"));

        var y = JsonNode.Parse(await app.CreateClient().GetStringAsync(new Uri("/emulator/dev-key?tenant=brand-y", UriKind.Relative)))!;
        using var unnamed = await app.CreateClient().GetAsync(new Uri("/emulator/dev-key", UriKind.Relative));

        y["tenant"]!.ToString().Should().Be("brand-y");
        y["apiKey"]!.ToString().Should().Be("key-y-0001");
        unnamed.StatusCode.Should().Be(HttpStatusCode.BadRequest, "with several tenants a control-plane request names one");
    }

    [Fact]
    public async Task Through_a_team_host_name_the_key_is_told_only_with_the_admin_key()
    {
        using var app = TeamGateway();

        using var refused = await app.CreateClient().SendAsync(Get("/emulator/dev-key", host: TeamHost));
        using var wrong = await app.CreateClient().SendAsync(Get("/emulator/dev-key", host: TeamHost, adminKey: "guess"));
        using var allowed = await app.CreateClient().SendAsync(Get("/emulator/dev-key", host: TeamHost, adminKey: AdminKey));

        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        problem["errorCode"]!.ToString().Should().Be("AdminKeyRequired");
        (await refused.Content.ReadAsStringAsync()).Should().NotContain(GatewayApplication.ApiKey);
        wrong.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.Parse(await allowed.Content.ReadAsStringAsync())!["apiKey"]!.ToString().Should().Be(GatewayApplication.ApiKey);
    }

    [Fact]
    public async Task The_key_is_never_offered_to_another_site()
    {
        using var app = new GatewayApplication(inMemory: true);

        using var rebound = await app.CreateClient().SendAsync(Get("/emulator/dev-key", host: "attacker.example"));
        using var crossOrigin = Get("/emulator/dev-key");
        crossOrigin.Headers.Add("Origin", "https://attacker.example");
        using var answer = await app.CreateClient().SendAsync(crossOrigin);

        rebound.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a rebound host name is refused before anything is read");
        answer.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse("without CORS another site's page cannot read the answer");
    }

    [Fact]
    public async Task The_api_reference_has_no_ai_or_cloud_features_and_tries_requests_on_its_own_origin_with_the_key()
    {
        using var app = new GatewayApplication(inMemory: true);

        var html = await app.CreateClient().GetStringAsync(new Uri("/scalar/", UriKind.Relative));

        html.Should().Contain("\"agent\":{\"disabled\":true}").And.Contain("\"mcp\":{\"disabled\":true}")
            .And.Contain("\"telemetry\":false").And.Contain("\"showDeveloperTools\":\"never\"");
        html.Should().Contain("\"servers\":[{\"url\":\"http://localhost\"");
        html.Should().Contain($"\"apiKey\":{{\"value\":\"{GatewayApplication.ApiKey}\"}}");
    }

    [Fact]
    public async Task The_api_reference_through_a_team_host_name_tries_requests_there_and_fills_in_no_key()
    {
        using var app = TeamGateway();

        using var response = await app.CreateClient().SendAsync(Get("/scalar/", host: TeamHost + ":5080"));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain($"\"servers\":[{{\"url\":\"http://{TeamHost}:5080\"");
        html.Should().NotContain(GatewayApplication.ApiKey);
    }
}
