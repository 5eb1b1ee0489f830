using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>
/// The routes storefronts call from browsers without a key, tried as a browser would: a preflight, then
/// the request with an Origin. Past the per-client limit each answers 429 in its own dialect, and every
/// answer, the 429 and injected faults included, carries CORS headers a script can read.
/// </summary>
public sealed class AnonymousRouteLimitTests
{
    private const string StorefrontOrigin = "https://shop.example";
    private const int Limit = 40;

    public static TheoryData<string> Routes => new()
    {
        "/api/v1/centra/back-in-stock/subscribe",
        "/api/checkout-api/back-in-stock-subscription",
        "/api/shop/back-in-stock-subscription",
        "/api/shop-api/back-in-stock-subscription",
        "/client/back-in-stock-subscriptions?company_id=PUBLIC",
    };

    private static GatewayApplication Limited() => new(inMemory: true, settings: new Dictionary<string, string?>
    {
        ["Accelerator:RateLimit:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Accelerator:RateLimit:WindowSeconds"] = "60",
    });

    private static HttpRequestMessage Subscribe(string route, string? fault = null)
    {
        var (body, mediaType) = route switch
        {
            _ when route.StartsWith("/api/v1/centra", StringComparison.Ordinal) =>
                ("""{"email":"shopper@example.com","sku":"1234-1","acceptemail":true,"store":"voyado.centraqa","locale":"en-US","externalId":"4"}""", "application/json"),
            _ when route.StartsWith("/client/", StringComparison.Ordinal) =>
                ("""{"data":{"type":"back-in-stock-subscription","attributes":{"channels":["EMAIL"],"profile":{"data":{"type":"profile","attributes":{"email":"shopper@example.com"}}}},"relationships":{"variant":{"data":{"type":"catalog-variant","id":"$custom:::$default:::12366_SE_00_23400"}}}}}""", "application/vnd.api+json"),
            _ => ("""{"item":"12366-23400","shipTo":{"country":"SE"},"email":"shopper@example.com","language":"sv"}""", "application/json"),
        };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(route, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        request.Headers.Add("Origin", StorefrontOrigin);
        request.Headers.Add("revision", "2024-10-15");
        if (fault is not null)
        {
            request.Headers.Add("X-BackInStock-Fault", fault);
        }

        return request;
    }

    private static async Task<HttpResponseMessage> Preflight(HttpClient http, string route)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(route, UriKind.Relative));
        request.Headers.Add("Origin", StorefrontOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,revision,x-backinstock-fault");
        return await http.SendAsync(request);
    }

    private static void ShouldBeReadableCrossOrigin(HttpResponseMessage response)
    {
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().ContainSingle().Which.Should().BeOneOf("*", StorefrontOrigin);
        response.Headers.GetValues("Access-Control-Expose-Headers").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries))
            .Should().Contain(h => h.Equals("Retry-After", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task The_41st_quick_request_is_a_429_a_browser_script_can_read(string route)
    {
        using var app = Limited();
        var http = app.CreateClient();
        (await Preflight(http, route)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Limit; i++)
        {
            using var accepted = await http.SendAsync(Subscribe(route));
            statuses.Add(accepted.StatusCode);
        }

        using var refused = await http.SendAsync(Subscribe(route));

        statuses.Should().OnlyContain(s => (int)s < 300, $"the first {Limit} are within the limit");
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(60));
        ShouldBeReadableCrossOrigin(refused);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        switch (route)
        {
            case var _ when route.StartsWith("/client/", StringComparison.Ordinal):
                refused.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.api+json");
                body["errors"]![0]!["code"]!.ToString().Should().Be("throttled");
                break;
            case var _ when route.StartsWith("/api/v1/centra", StringComparison.Ordinal):
                refused.Content.Headers.ContentType!.MediaType.Should().Be("application/json", "the accelerator answers Engage's error shape");
                body["errorCode"]!.ToString().Should().Be("TooManyRequests");
                body["requestId"]!.ToString().Should().NotBeEmpty();
                break;
            default:
                refused.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
                body["errors"]!["body"]!.ToString().Should().Contain("retry after");
                break;
        }

        using var preflightAfter = await Preflight(http, route);
        preflightAfter.StatusCode.Should().Be(HttpStatusCode.NoContent, "a preflight is not a call, and the browser needs it to read the 429");
        preflightAfter.Headers.Contains("Access-Control-Allow-Origin").Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task An_injected_fault_on_a_cors_route_carries_cors_headers_and_an_exposed_retry_after(string route)
    {
        using var app = Limited();
        var http = app.CreateClient();
        (await Preflight(http, route)).Headers.GetValues("Access-Control-Allow-Headers").Single().Should().Contain("x-backinstock-fault");

        using var throttled = await http.SendAsync(Subscribe(route, "status=429;retry-after=3"));
        using var failed = await http.SendAsync(Subscribe(route, "status=503"));

        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
        ShouldBeReadableCrossOrigin(throttled);
        failed.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        ShouldBeReadableCrossOrigin(failed);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_refused_body_on_a_cors_route_carries_cors_headers_too(string route)
    {
        using var app = Limited();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(route, UriKind.Relative)) { Content = new StringContent("x", Encoding.UTF8, "text/plain") };
        request.Headers.Add("Origin", StorefrontOrigin);
        request.Headers.Add("revision", "2024-10-15");

        using var response = await app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        ShouldBeReadableCrossOrigin(response);
    }

    [Fact]
    public async Task Each_route_has_its_own_budget_per_client()
    {
        using var app = Limited();
        var http = app.CreateClient();
        for (var i = 0; i <= Limit; i++)
        {
            using var _ = await http.SendAsync(Subscribe("/api/checkout-api/back-in-stock-subscription"));
        }

        using var other = await http.SendAsync(Subscribe("/api/v1/centra/back-in-stock/subscribe"));

        other.StatusCode.Should().Be(HttpStatusCode.Created);
    }
}
