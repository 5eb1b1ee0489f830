using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>
/// Engage's rate limit on its own routes: a 429 above the allowed requests per second, counted per API key
/// (Voyado's API rate-limit page: 200 a second, per key, not per tenant), in Engage's error shape with a
/// Retry-After, so a client can test its back-off against the real numbers.
/// </summary>
public sealed class EngageRateLimitTests
{
    private const string SecondKey = "second-key-5678";

    private static GatewayApplication Gateway(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["Gateway:ApiKeys:1"] = SecondKey };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new GatewayApplication(inMemory: true, settings: all);
    }

    private static HttpClient WithKey(GatewayApplication app, string key)
    {
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Add("apikey", key);
        return http;
    }

    /// <summary>Creates a contact with the second key, which also warms the pipeline before any burst.</summary>
    private static async Task<Uri> SubscriptionsOfANewContact(GatewayApplication app)
    {
        using var created = await WithKey(app, SecondKey).PostAsJsonAsync("/api/v3/contacts", new { email = $"burst-{Guid.NewGuid():N}@example.com" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        return new Uri($"/api/v3/contacts/{id}/backinstock/subscriptions", UriKind.Relative);
    }

    private static async Task<HttpStatusCode[]> Burst(HttpClient http, Uri route, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            using var response = await http.GetAsync(route);
            return response.StatusCode;
        }));

    [Fact]
    public async Task Past_the_configured_rate_the_next_request_with_that_key_is_a_429_in_Engages_shape_and_another_key_still_passes()
    {
        using var app = Gateway(("Engage:RateLimit:PermitsPerSecond", "5"));
        var route = await SubscriptionsOfANewContact(app);
        var first = WithKey(app, GatewayApplication.ApiKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var accepted = await first.GetAsync(route);
            statuses.Add(accepted.StatusCode);
        }

        using var refused = await first.GetAsync(route);
        using var otherKey = await WithKey(app, SecondKey).GetAsync(route);
        using var controlPlane = await first.GetAsync(new Uri("/emulator/health", UriKind.Relative));

        statuses.Should().OnlyContain(s => s == HttpStatusCode.OK, "five a second are allowed");
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(1), "the window is one second");
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        body["errorCode"]!.GetValue<string>().Should().Be("TooManyRequests");
        body["message"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        body["requestId"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        otherKey.StatusCode.Should().Be(HttpStatusCode.OK, "the limit is counted per API key, not per tenant");
        controlPlane.StatusCode.Should().Be(HttpStatusCode.OK, "the emulator's own routes are not Engage's and are not limited");
    }

    [Fact]
    public async Task A_wrong_key_is_a_401_however_often_it_is_sent()
    {
        using var app = Gateway(("Engage:RateLimit:PermitsPerSecond", "5"));

        var statuses = await Burst(WithKey(app, "not-a-key"), new Uri($"/api/v3/contacts/{Guid.NewGuid()}", UriKind.Relative), 10);

        statuses.Should().OnlyContain(s => s == HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task By_default_a_burst_of_150_requests_with_one_key_stays_under_Engages_200_a_second()
    {
        using var app = Gateway();
        var route = await SubscriptionsOfANewContact(app);

        var statuses = await Burst(WithKey(app, GatewayApplication.ApiKey), route, 150);

        statuses.Should().HaveCount(150).And.OnlyContain(s => s == HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("Engage:RateLimit:Enabled", "false")]
    [InlineData("Engage:RateLimit:PermitsPerSecond", "0")]
    public async Task Switched_off_no_burst_is_refused(string setting, string value)
    {
        using var app = Gateway((setting, value));
        var route = await SubscriptionsOfANewContact(app);

        var statuses = await Burst(WithKey(app, GatewayApplication.ApiKey), route, 300);

        statuses.Should().OnlyContain(s => s == HttpStatusCode.OK);
    }
}
