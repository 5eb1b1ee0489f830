using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BackInStock.Client;
using BackInStock.Gateway.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>
/// Local-only by default: a page on another site must not reach the control plane, neither by DNS
/// rebinding (its own name in Host) nor by a simple cross-site request (a no-cors POST).
/// </summary>
public sealed class LocalOnlyTests : IDisposable
{
    private const string TeamHost = "emulator.team.example";
    private const string AdminKey = "team-admin-key-0001";

    private readonly GatewayApplication _app = new(inMemory: true);

    private static HttpRequestMessage Write(HttpMethod method, string path, string? body = null, string? contentType = "application/json", string? host = null, string? origin = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (contentType is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body ?? string.Empty));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        return request;
    }

    private static async Task<JsonNode> Problem(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task Subscribe(GatewayApplication app)
    {
        var feed = await new FeedsClient(app.CreateClient()).GetFeedAsync(0, 1, "sv-SE");
        var contact = await app.Contacts().CreateContactAsync(new CreateContactRequest { Email = $"local-{Guid.NewGuid():N}@example.com" });
        await app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = feed.Products.Single().Sku, Locale = "sv-SE" });
    }

    private static async Task<int> Subscriptions(GatewayApplication app) =>
        JsonNode.Parse(await app.CreateClient().GetStringAsync(new Uri("/emulator/subscriptions", UriKind.Relative)))!["data"]!.AsArray().Count;

    [Fact]
    public async Task A_rebound_host_name_cannot_replace_the_automations()
    {
        var before = await _app.CreateClient().GetStringAsync(new Uri("/emulator/automations", UriKind.Relative));

        using var response = await _app.CreateClient().SendAsync(Write(HttpMethod.Put, "/emulator/automations", "[]", host: "rebind.attacker.example"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem(response);
        problem["errorCode"]!.ToString().Should().Be("HostNotAllowed");
        problem["detail"]!.ToString().Should().Contain("rebind.attacker.example").And.Contain("Gateway:AllowedHosts");
        (await _app.CreateClient().GetStringAsync(new Uri("/emulator/automations", UriKind.Relative))).Should().Be(before);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/emulator/contacts-do-not-exist")]
    [InlineData("/emulator/outbox")]
    [InlineData("/openapi/contract.yaml")]
    public async Task Every_route_refuses_a_foreign_host_name_even_for_reading(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = "rebind.attacker.example:5080";

        using var response = await _app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem(response))["errorCode"]!.ToString().Should().Be("HostNotAllowed");
    }

    [Fact]
    public async Task A_foreign_host_on_a_vendor_route_is_refused_in_the_vendors_dialect()
    {
        using var request = Write(HttpMethod.Post, "/client/back-in-stock-subscriptions?company_id=PUBLIC", "{}", "application/vnd.api+json", host: "rebind.attacker.example");

        using var response = await _app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.api+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("rebind.attacker.example");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5080")]
    [InlineData("LOCALHOST:1")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("[::1]:5080")]
    [InlineData("[::1]")]
    public async Task Loopback_host_names_are_served_on_any_port(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/emulator/health", UriKind.Relative));
        request.Headers.Host = host;

        using var response = await _app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_cross_origin_no_cors_reset_is_refused_and_the_data_survives()
    {
        await Subscribe(_app);

        // What fetch('http://127.0.0.1:5080/emulator/reset', {method: 'POST', mode: 'no-cors'}) from another site sends.
        using var request = Write(HttpMethod.Post, "/emulator/reset", contentType: "text/plain;charset=UTF-8", host: "127.0.0.1:5080", origin: "https://attacker.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Sec-Fetch-Mode", "no-cors");
        using var response = await _app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var problem = await Problem(response);
        problem["errorCode"]!.ToString().Should().Be("CrossSiteRequest");
        problem["detail"]!.ToString().Should().Contain("https://attacker.example");
        (await Subscriptions(_app)).Should().Be(1, "nothing was reset");
    }

    [Fact]
    public async Task The_same_reset_without_an_origin_is_still_refused_for_its_content_type()
    {
        await Subscribe(_app);

        using var response = await _app.CreateClient().SendAsync(Write(HttpMethod.Post, "/emulator/reset", contentType: "text/plain"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await Problem(response))["detail"]!.ToString().Should().Contain("application/json").And.Contain("text/plain");
        (await Subscriptions(_app)).Should().Be(1, "nothing was reset");
    }

    [Theory]
    [InlineData("POST", "/emulator/reset", "", "text/plain")]
    [InlineData("POST", "/emulator/reset", "", "application/x-www-form-urlencoded")]
    [InlineData("POST", "/emulator/reset", "", "multipart/form-data; boundary=x")]
    [InlineData("POST", "/emulator/reset", null, null)]
    [InlineData("PUT", "/emulator/clock", "{\"reset\":true}", "text/plain")]
    [InlineData("POST", "/emulator/centra/stock-changes", "[{\"store\":\"1\",\"sku\":\"A\",\"freeToAllocate\":1,\"marketId\":\"4\"}]", "text/plain")]
    [InlineData("POST", "/emulator/validate/UpdateStockLevels", "[]", "text/plain")]
    [InlineData("POST", "/Emulator/Reset", "", "text/plain")]
    public async Task A_control_plane_write_that_is_not_json_is_a_415(string method, string path, string? body, string? contentType)
    {
        using var response = await _app.CreateClient().SendAsync(Write(new HttpMethod(method), path, body, contentType));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await Problem(response))["errorCode"]!.ToString().Should().Be("UnsupportedMediaType");
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://127.0.0.1:3000")]
    [InlineData("http://[::1]:5080")]
    public async Task A_json_write_from_a_loopback_origin_is_allowed(string origin)
    {
        await Subscribe(_app);

        using var response = await _app.CreateClient().SendAsync(Write(HttpMethod.Post, "/emulator/reset", origin: origin));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Subscriptions(_app)).Should().Be(0, "the reset ran");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("https://attacker.example")]
    [InlineData("http://localhost.attacker.example")]
    [InlineData("file://")]
    public async Task A_json_write_from_a_foreign_origin_is_a_403(string origin)
    {
        using var response = await _app.CreateClient().SendAsync(Write(HttpMethod.Put, "/emulator/clock", "{\"reset\":true}", origin: origin));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem(response))["errorCode"]!.ToString().Should().Be("CrossSiteRequest");
    }

    [Fact]
    public async Task A_write_the_browser_marks_cross_site_is_a_403_whatever_its_origin_says()
    {
        using var request = Write(HttpMethod.Post, "/emulator/reset", origin: "http://localhost:3000");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await _app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reads_and_bodiless_deletes_need_no_content_type()
    {
        (await _app.CreateClient().GetAsync(new Uri("/emulator/automations", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        using var delete = await _app.CreateClient().SendAsync(Write(HttpMethod.Delete, "/emulator/feeds/de-DE", contentType: null));

        delete.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_configured_host_is_served_and_its_writes_need_the_admin_key()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?>
        {
            ["Gateway:AllowedHosts:0"] = TeamHost,
            ["Gateway:AdminKey"] = AdminKey,
        });
        var host = TeamHost + ":5080";
        await Subscribe(app);
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri("/emulator/outbox", UriKind.Relative));
        read.Headers.Host = host;
        (await app.CreateClient().SendAsync(read)).StatusCode.Should().Be(HttpStatusCode.OK);

        using var keyless = await app.CreateClient().SendAsync(Write(HttpMethod.Post, "/emulator/reset", host: host, origin: "http://" + host));
        using var wrong = Write(HttpMethod.Post, "/emulator/reset", host: host);
        wrong.Headers.Add(LocalOnly.AdminKeyHeader, "guess");
        using var wrongAnswer = await app.CreateClient().SendAsync(wrong);

        keyless.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var problem = await Problem(keyless);
        problem["errorCode"]!.ToString().Should().Be("AdminKeyRequired");
        problem["detail"]!.ToString().Should().Contain(LocalOnly.AdminKeyHeader).And.Contain(TeamHost);
        wrongAnswer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Subscriptions(app)).Should().Be(1, "nothing was reset");

        using var keyed = Write(HttpMethod.Post, "/emulator/reset", host: host, origin: "http://" + host);
        keyed.Headers.Add(LocalOnly.AdminKeyHeader, AdminKey);
        (await app.CreateClient().SendAsync(keyed)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Subscriptions(app)).Should().Be(0);
    }

    [Fact]
    public async Task A_configured_host_without_an_admin_key_serves_reads_and_refuses_writes_naming_the_setting()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Gateway:AllowedHosts:0"] = TeamHost });
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri("/emulator/health", UriKind.Relative));
        read.Headers.Host = TeamHost;
        (await app.CreateClient().SendAsync(read)).StatusCode.Should().Be(HttpStatusCode.OK);

        using var response = await app.CreateClient().SendAsync(Write(HttpMethod.Put, "/emulator/automations", "[]", host: TeamHost));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem(response))["detail"]!.ToString().Should().Contain("Gateway:AdminKey");
    }

    [Fact]
    public async Task A_write_from_another_machine_needs_the_admin_key_even_naming_localhost()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Gateway:AdminKey"] = AdminKey });
        using var remote = app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FromAnotherMachine>()));

        using var keyless = await remote.CreateClient().SendAsync(Write(HttpMethod.Post, "/emulator/reset"));
        using var keyed = Write(HttpMethod.Post, "/emulator/reset");
        keyed.Headers.Add(LocalOnly.AdminKeyHeader, AdminKey);
        using var keyedAnswer = await remote.CreateClient().SendAsync(keyed);

        keyless.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Problem(keyless))["detail"]!.ToString().Should().Contain("another machine");
        keyedAnswer.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await remote.CreateClient().GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "reads need no key");
    }

    [Fact]
    public async Task The_typed_client_resets_as_before()
    {
        await Subscribe(_app);

        await _app.Emulator().ResetEmulatorAsync();

        (await Subscriptions(_app)).Should().Be(0);
    }

    /// <summary>Every request arrives from a documentation address (RFC 5737), as over a team network.</summary>
    private sealed class FromAnotherMachine : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.7");
                return nextMiddleware(http);
            });
            next(app);
        };
    }

    public void Dispose() => _app.Dispose();
}
