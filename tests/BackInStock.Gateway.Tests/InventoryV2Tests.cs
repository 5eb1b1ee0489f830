using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests;

/// <summary>
/// Engage's v2 stock routes as SDKs generated from Voyado's v2 swagger call them (liblaber's
/// voyado-engage-2.0.0 SDKs): one item at PUT /api/v2/inventory/stock-levels, a list at .../batch,
/// answered 200 with a JSON body those SDKs can parse, on the same engine as the v3 route.
/// </summary>
public sealed class InventoryV2Tests : IDisposable
{
    private const string Single = "/api/v2/inventory/stock-levels";
    private const string Batch = "/api/v2/inventory/stock-levels/batch";

    private readonly GatewayApplication _app = new(inMemory: true);

    private async Task<string> DemoSku(string locale)
    {
        var feed = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri($"/emulator/feeds/{locale}?take=1", UriKind.Relative)))!;
        return feed["products"]![0]!["sku"]!.GetValue<string>();
    }

    private async Task<Guid> Subscribe(string email, string sku, string locale)
    {
        var http = _app.CreateAuthorizedClient();
        using var created = await http.PostAsJsonAsync("/api/v3/contacts", new { email });
        created.EnsureSuccessStatusCode();
        var contactId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        using var subscribed = await http.PostAsJsonAsync("/api/v3/inventory/backinstock/subscriptions", new { contactId, sku, locale });
        subscribed.EnsureSuccessStatusCode();
        return contactId;
    }

    private async Task<JsonArray> Outbox() =>
        JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();

    private Task<HttpResponseMessage> Put(string path, string json, HttpClient? http = null) =>
        (http ?? _app.CreateAuthorizedClient()).PutAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task One_item_on_the_v2_route_triggers_the_subscription_and_answers_200_with_a_json_object()
    {
        var sku = await DemoSku("sv-SE");
        await Subscribe("v2-single@example.com", sku, "sv-SE");

        using var response = await Put(Single, $$"""{"sku":"{{sku}}","quantity":10,"locale":"sv-SE"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the v2 swagger answers 200 OK");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        // What the generated SDKs do with a 2xx body: JSON.parse / ReadFromJsonAsync<object>, which an empty body or null breaks.
        JsonNode.Parse(await response.Content.ReadAsStringAsync()).Should().BeOfType<JsonObject>();
        (await Outbox()).Should().ContainSingle().Which!["to"]!.GetValue<string>().Should().Be("v2-single@example.com");
    }

    [Fact]
    public async Task The_v2_batch_runs_on_the_same_engine_so_a_repeated_batch_uses_each_subscription_once()
    {
        var sku = await DemoSku("en-US");
        await Subscribe("v2-batch@example.com", sku, "en-US");
        var batch = $$"""[{"sku":"{{sku}}","quantity":0,"locale":"en-US"},{"sku":"{{sku}}","quantity":7,"locale":"en-US"}]""";

        using var first = await Put(Batch, batch);
        using var again = await Put(Batch, batch);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.Parse(await again.Content.ReadAsStringAsync()).Should().BeOfType<JsonObject>();
        (await Outbox()).Should().ContainSingle("the second item of the first batch used the subscription");
        var log = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri($"/emulator/integration-log?sku={sku}", UriKind.Relative)))!["data"]!.AsArray();
        log.Should().HaveCount(4, "every item of both batches is logged, as for the v3 route");
        var levels = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri($"/emulator/stock-levels?sku={sku}", UriKind.Relative)))!["data"]!.AsArray();
        levels.Should().ContainSingle().Which!["quantity"]!.GetValue<int>().Should().Be(7, "the last item is the current level");
    }

    [Theory]
    [InlineData(Single, """{"sku":"A"}""")]
    [InlineData(Batch, """[{"sku":"A","quantity":1}]""")]
    public async Task Without_the_api_key_a_v2_route_is_a_401_and_stores_nothing(string path, string json)
    {
        using var response = await Put(path, json, _app.CreateClient());

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var levels = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/stock-levels", UriKind.Relative)))!["data"]!.AsArray();
        levels.Should().BeEmpty();
    }

    [Theory]
    [InlineData(Single, """{"sku":"A"}""", "$.quantity")]
    [InlineData(Single, """[{"sku":"A","quantity":1}]""", "$")]
    [InlineData(Batch, """[{"sku":"A","quantity":1},{"quantity":2}]""", "$[1].sku")]
    [InlineData(Batch, """{"sku":"A","quantity":1}""", "$")]
    public async Task An_invalid_v2_body_is_a_422_naming_the_json_path(string path, string json, string invalid)
    {
        using var response = await Put(path, json);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"\"{invalid}\"");
    }

    [Fact]
    public async Task The_v2_routes_count_against_Engages_rate_limit_per_api_key()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Engage:RateLimit:PermitsPerSecond"] = "2" });
        var http = app.CreateAuthorizedClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await Put(i % 2 == 0 ? Single : Batch, i % 2 == 0 ? """{"sku":"A","quantity":1}""" : """[{"sku":"A","quantity":1}]""", http);
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.OK).And.Contain(HttpStatusCode.TooManyRequests);
    }

    public void Dispose() => _app.Dispose();
}
