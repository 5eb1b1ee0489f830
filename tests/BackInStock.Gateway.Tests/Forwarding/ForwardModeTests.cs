using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests.Forwarding;

/// <summary>Forward mode against a loopback fake tenant: valid requests go through unchanged, invalid ones never leave.</summary>
public sealed class ForwardModeTests : IAsyncLifetime, IDisposable
{
    private const string UpstreamKey = "engage-tenant-key";
    private const string Subscription = """{ "contactId": "48fba7e7-e447-4d90-a9ca-a86e00b1d8f4", "sku": "AD_0397_V_685_006_29", "locale": "sv-SE" }""";

    private ScriptedUpstream _upstream = null!;
    private GatewayApplication _gateway = null!;

    public async Task InitializeAsync()
    {
        _upstream = await ScriptedUpstream.StartAsync();
        _gateway = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?>
        {
            ["Forward:BaseUrl"] = _upstream.BaseUrl.ToString(),
            ["Forward:ApiKey"] = UpstreamKey,
            ["Forward:AttemptTimeoutSeconds"] = "1",
            ["Forward:TotalTimeoutSeconds"] = "6",
            ["Forward:RetryDelaySeconds"] = "0.05",
        });
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? body = null, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return (client ?? _gateway.CreateAuthorizedClient()).SendAsync(request);
    }

    [Fact]
    public async Task A_valid_request_goes_to_the_tenant_with_its_key_and_its_answer_comes_back_unchanged()
    {
        const string answer = """{"id":"9e0c1e52-6d0b-4cfb-8d0f-1f2a3b4c5d6e","tenantSpecific":true}""";
        _upstream.Then(201, answer, "application/json; charset=utf-8", ("X-Engage-Trace", "abc"));

        var response = await Send(HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions?dryRun=no", Subscription);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.Content.ReadAsStringAsync()).Should().Be(answer);
        response.Headers.GetValues("X-Engage-Trace").Should().Equal("abc");
        var sent = _upstream.Requests.Should().ContainSingle().Subject;
        sent.Method.Should().Be("POST");
        sent.PathAndQuery.Should().Be("/api/v3/inventory/backinstock/subscriptions?dryRun=no");
        sent.Headers["apikey"].Should().Be(UpstreamKey, "the tenant's key replaces the local one");
        sent.Headers.Should().NotContainKey("x-api-key");
        sent.Headers["User-Agent"].Should().StartWith("BackInStock.Tests");
        JsonDocument.Parse(sent.Body).RootElement.GetProperty("sku").GetString().Should().Be("AD_0397_V_685_006_29");
        (await new EmulatorClient(_gateway.CreateClient()).ListAllSubscriptionsAsync(null, null)).Data.Should().BeEmpty("nothing was served by the emulator");
    }

    [Fact]
    public async Task An_invalid_request_is_answered_locally_and_never_leaves()
    {
        var response = await Send(HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", """{ "contactId": "nope", "sku": "" }""");
        var unauthorized = await Send(HttpMethod.Get, "/api/v3/contacts/48fba7e7-e447-4d90-a9ca-a86e00b1d8f4", client: _gateway.CreateClient());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "answered here as Engage would");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("validationErrors").EnumerateArray()
            .Select(item => item.GetProperty("path").GetString()).Should().Contain(["$.contactId", "$.sku"]);
        unauthorized.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the local key is still required");
        _upstream.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_429_is_retried_after_the_tenants_retry_after()
    {
        _upstream.Then(429, """{"errorCode":"TooManyRequests"}""", headers: ("Retry-After", "1")).Then(202);
        var clock = Stopwatch.StartNew();

        var response = await Send(HttpMethod.Put, "/api/v3/inventory/stock-levels", """[{ "sku": "A", "quantity": 1, "locale": "sv-SE" }]""");

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        _upstream.Requests.Should().HaveCount(2);
        (_upstream.Requests[1].At - _upstream.Requests[0].At).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900), "Retry-After: 1 is honoured");
        _upstream.Requests[1].Body.Should().Be(_upstream.Requests[0].Body);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task A_5xx_is_retried_for_a_get_but_a_post_is_answered_as_it_came()
    {
        _upstream.Then(503).Then(503).Then(200, """{"data":[]}""");
        var get = await Send(HttpMethod.Get, "/api/v3/contacts/48fba7e7-e447-4d90-a9ca-a86e00b1d8f4/backinstock/subscriptions");
        get.StatusCode.Should().Be(HttpStatusCode.OK);
        _upstream.Requests.Should().HaveCount(3);

        _upstream.Requests.Clear();
        _upstream.Then(500, """{"errorCode":"Boom"}""");
        var post = await Send(HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", Subscription);
        post.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await post.Content.ReadAsStringAsync()).Should().Be("""{"errorCode":"Boom"}""");
        _upstream.Requests.Should().ContainSingle("a POST that may have been processed is not sent twice");
    }

    [Fact]
    public async Task A_tenant_that_does_not_answer_in_time_is_a_504_problem()
    {
        _upstream.ThenSlowly(TimeSpan.FromSeconds(5));
        var clock = Stopwatch.StartNew();

        var response = await Send(HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", Subscription);

        response.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errorCode").GetString().Should().Be("UpstreamTimeout");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_unreachable_tenant_is_a_502_problem_and_the_emulator_routes_still_answer()
    {
        var closed = _upstream.BaseUrl;
        await _upstream.DisposeAsync();

        var response = await Send(HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", Subscription);
        var health = await Send(HttpMethod.Get, "/emulator/health");

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await response.Content.ReadAsStringAsync()).Should().Contain("UpstreamUnreachable").And.Contain(closed.Authority);
        health.StatusCode.Should().Be(HttpStatusCode.OK);
        _upstream = await ScriptedUpstream.StartAsync();
    }

    public async Task DisposeAsync() => await _upstream.DisposeAsync();

    public void Dispose() => _gateway.Dispose();
}

public sealed class ForwardOptionsTests
{
    [Theory]
    [InlineData(null, null, null)]
    [InlineData("https://tenant.voyado.com", "key", null)]
    [InlineData("https://tenant.voyado.com", null, "Forward:ApiKey is required")]
    [InlineData("ftp://tenant.voyado.com", "key", "must be an http(s) URL")]
    public void Settings_that_cannot_work_are_named_before_start(string? baseUrl, string? key, string? problem)
    {
        var options = new Gateway.Forwarding.ForwardOptions { BaseUrl = baseUrl is null ? null : new Uri(baseUrl), ApiKey = key };

        if (problem is null)
        {
            options.Problem().Should().BeNull();
        }
        else
        {
            options.Problem().Should().Contain(problem);
        }
    }
}
