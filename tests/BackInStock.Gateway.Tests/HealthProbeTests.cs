using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BackInStock.Gateway.Tests;

/// <summary>
/// /healthz answers whenever the process serves; /readyz only when every tenant can do its work (its store
/// keeps writes, a product feed is loaded), else a 503 naming the tenant and why. Probes send no key and no
/// tenant, and orchestrators address the container by IP, so neither needs them nor a loopback Host.
/// </summary>
public sealed class HealthProbeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bis-probes-" + Guid.NewGuid().ToString("N"));

    public HealthProbeTests() => Directory.CreateDirectory(_directory);

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task A_bare_probe_with_several_tenants_answers_200_for_the_whole_gateway(string probe)
    {
        using var app = GatewayApplication.TwoTenants(("brand-a", "key-a"), ("brand-b", "key-b"));

        var response = await app.CreateClient().GetAsync(new Uri(probe, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK, "a probe names no tenant");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("status").GetString().Should().Be(probe == "/healthz" ? "Alive" : "Ready");
        if (probe == "/readyz")
        {
            body.GetProperty("tenants").EnumerateArray().Select(t => t.GetString()).Should().Equal("brand-a", "brand-b");
        }
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task A_probe_addressed_by_ip_or_carrying_an_unknown_key_still_answers(string probe)
    {
        using var app = new GatewayApplication(inMemory: true);
        var http = app.CreateClient();

        using var byIp = new HttpRequestMessage(HttpMethod.Get, probe);
        byIp.Headers.Host = "10.88.0.7:5080";
        using var withKey = new HttpRequestMessage(HttpMethod.Get, probe);
        withKey.Headers.Add("apikey", "no-such-key");

        (await http.SendAsync(byIp)).StatusCode.Should().Be(HttpStatusCode.OK, "an orchestrator probes the container's IP");
        (await http.SendAsync(withKey)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_probes_exemption_from_the_host_check_is_theirs_alone()
    {
        using var app = new GatewayApplication(inMemory: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/emulator/health");
        request.Headers.Host = "10.88.0.7:5080";

        (await app.CreateClient().SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.BadRequest, "every other route still serves loopback names only");
    }

    [Fact]
    public async Task Readyz_is_503_naming_the_tenant_without_a_product_feed_until_one_is_loaded_while_healthz_stays_200()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Emulator:DemoCatalog"] = "false" });
        var http = app.CreateClient();

        var notReady = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        notReady.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        notReady.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await notReady.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errorCode").GetString().Should().Be("NotReady");
        problem.GetProperty("detail").GetString().Should().Contain("'voyado.centraqa'").And.Contain("no product feed is loaded").And.Contain("--feeds");
        (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "alive is not ready");

        var feed = await http.PutAsync(
            new Uri("/emulator/feeds/sv-SE", UriKind.Relative),
            new StringContent("""[{ "sku": "PROBE-1", "title": "Probe shirt" }]""", Encoding.UTF8, "application/json"));
        feed.IsSuccessStatusCode.Should().BeTrue(await feed.Content.ReadAsStringAsync());

        (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readyz_is_503_once_a_data_file_is_gone_and_names_the_tenant_without_its_path()
    {
        var dataFile = Path.Combine(_directory, "probed.db");
        using var app = new GatewayApplication(dataFile);
        var http = app.CreateClient();
        (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        File.Delete(dataFile);

        var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        detail.Should().Contain("'voyado.centraqa'").And.Contain("data file").And.NotContain(_directory, "the probe answers any Host, so it reveals no path");
        (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
