using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Clients;

/// <summary>
/// The calls of an SDK generated from Voyado's v2 swagger, as liblaber/voyado-engage-2.0.0-typescript-1.0.0
/// makes them (src/services/inventory/inventory.ts, src/http/handlers/*): the body is
/// <c>JSON.stringify</c> of the request model (members left undefined are dropped, null ones kept), with
/// <c>Content-Type: application/json</c>; the SDK's own auth is <c>Authorization: Bearer {token}</c>, so the
/// Engage key has to come from a hook (CustomHook.beforeRequest, called on every attempt); a 5xx or 408 is
/// retried (3 attempts, 150 ms apart), any other status of 400 or more is thrown with its status and headers
/// unread; every other answer but a 204 is <c>JSON.parse</c>d, so an empty body throws.
/// </summary>
public sealed class V2SdkCalls : IDisposable
{
    private const string Token = "sdk-token";

    private readonly GatewayApplication _app = new(inMemory: true);

    /// <summary>The SDK's HttpError: the status and headers (lower-cased names), the body never read.</summary>
    private sealed class HttpError(int status, IReadOnlyDictionary<string, string> headers) : Exception($"HTTP {status}")
    {
        public int Status { get; } = status;

        public IReadOnlyDictionary<string, string> Headers { get; } = headers;
    }

    /// <summary>A hook that adds the Engage key (and whatever else a test needs) per attempt, counting from 1.</summary>
    private static Action<int, Dictionary<string, string>> ApiKeyHook(Action<int, Dictionary<string, string>>? more = null) => (attempt, headers) =>
    {
        headers["apikey"] = GatewayApplication.ApiKey;
        more?.Invoke(attempt, headers);
    };

    /// <summary>The handler chain: request validation, auth, retry, hook, terminating, then response validation.</summary>
    private async Task<JsonNode?> Call(
        HttpMethod method, string path, JsonNode body, Action<int, Dictionary<string, string>>? hook, List<int>? attempts = null, GatewayApplication? on = null)
    {
        const int MaxAttempts = 3;
        var json = body.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " + Token };
            hook?.Invoke(attempt, headers);
            var answer = await Wire.SendAsync((on ?? _app).CreateClient(), method, path, headers, json);
            attempts?.Add((int)answer.Status);
            var status = (int)answer.Status;
            if (status >= 400)
            {
                if ((status >= 500 || status == 408) && attempt < MaxAttempts)
                {
                    await Task.Delay(150);
                    continue;
                }

                throw new HttpError(status, answer.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value)));
            }

            return status == 204 ? null : JsonNode.Parse(answer.Text);
        }
    }

    private async Task<string> SubscribedSku(string email, string locale)
    {
        var http = _app.CreateAuthorizedClient();
        var sku = JsonNode.Parse(await http.GetStringAsync(new Uri($"/emulator/feeds/{locale}?take=1", UriKind.Relative)))!["products"]![0]!["sku"]!.GetValue<string>();
        var contact = await Wire.SendAsync(http, HttpMethod.Post, "/api/v3/contacts", new Dictionary<string, string> { ["Content-Type"] = "application/json" }, $$"""{"email":"{{email}}"}""");
        var subscription = await Wire.SendAsync(
            http, HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            $$"""{"contactId":"{{contact.Json!["id"]}}","sku":"{{sku}}","locale":"{{locale}}"}""");
        subscription.Status.Should().Be(HttpStatusCode.Created);
        return sku;
    }

    private async Task<string[]> OutboxRecipients() =>
        [.. JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray().Select(e => e!["to"]!.GetValue<string>())];

    [Fact]
    public async Task InventoryUpdateStockLevel_gets_a_body_JSON_parse_reads_as_an_object_and_the_shopper_is_emailed()
    {
        var sku = await SubscribedSku("single@example.com", "sv-SE");

        // StockLevelRequest {sku, quantity, locale}: the transform writes sku, locale, quantity; externalId, undefined, is dropped.
        var data = await Call(HttpMethod.Put, "/api/v2/inventory/stock-levels", JsonNode.Parse($$"""{"sku":"{{sku}}","locale":"sv-SE","quantity":10}""")!, ApiKeyHook());

        data.Should().BeOfType<JsonObject>("the C# SDK's ReadFromJsonAsync<object> refuses null too");
        (await OutboxRecipients()).Should().Equal("single@example.com");
    }

    [Fact]
    public async Task InventoryUpdateStockLevels_sends_the_list_as_given_with_nulls_the_model_allows_and_each_item_is_stored()
    {
        var sku = await SubscribedSku("batch@example.com", "en-US");

        var data = await Call(
            HttpMethod.Put, "/api/v2/inventory/stock-levels/batch",
            JsonNode.Parse($$"""[{"sku":"{{sku}}","locale":null,"quantity":0,"externalId":null},{"sku":"{{sku}}","locale":"en-US","quantity":4}]""")!,
            ApiKeyHook());

        data.Should().BeOfType<JsonObject>();
        (await OutboxRecipients()).Should().Equal("batch@example.com");
        var levels = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri($"/emulator/stock-levels?sku={sku}", UriKind.Relative)))!["data"]!.AsArray();
        levels.Select(l => (l!["locale"]?.GetValue<string>(), l["quantity"]!.GetValue<int>())).Should().BeEquivalentTo([((string?)null, 0), ("en-US", 4)]);
    }

    [Fact]
    public async Task With_only_the_sdks_bearer_token_the_call_is_a_401_thrown_at_once_and_nothing_is_stored()
    {
        var attempts = new List<int>();

        var act = () => Call(HttpMethod.Put, "/api/v2/inventory/stock-levels", JsonNode.Parse("""{"sku":"A","quantity":1}""")!, hook: null, attempts);

        (await act.Should().ThrowAsync<HttpError>()).Which.Status.Should().Be(401, "Engage reads its key from the apikey header, not a Bearer token");
        attempts.Should().Equal(401);
        JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/stock-levels", UriKind.Relative)))!["data"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task A_5xx_on_the_first_attempt_is_retried_by_the_sdk_and_the_subscription_is_still_used_once()
    {
        var sku = await SubscribedSku("retry@example.com", "sv-SE");
        var attempts = new List<int>();
        var firstFails = ApiKeyHook((attempt, headers) =>
        {
            if (attempt == 1)
            {
                headers["X-BackInStock-Fault"] = "status=503";
            }
        });

        var data = await Call(HttpMethod.Put, "/api/v2/inventory/stock-levels", JsonNode.Parse($$"""{"sku":"{{sku}}","quantity":3}""")!, firstFails, attempts);

        attempts.Should().Equal(503, 200);
        data.Should().BeOfType<JsonObject>();
        (await OutboxRecipients()).Should().Equal("retry@example.com");
    }

    [Fact]
    public async Task A_429_is_not_retried_by_the_sdk_so_its_caller_reads_retry_after_from_the_thrown_headers()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Engage:RateLimit:PermitsPerSecond"] = "1" });
        var attempts = new List<int>();
        var body = JsonNode.Parse("""{"sku":"A","quantity":1}""")!;
        Task<JsonNode?> Update() => Call(HttpMethod.Put, "/api/v2/inventory/stock-levels", body, ApiKeyHook(), attempts, on: app);

        await Update();
        var act = Update;

        var error = (await act.Should().ThrowAsync<HttpError>()).Which;
        error.Status.Should().Be(429);
        attempts.Should().Equal(200, 429);
        error.Headers["retry-after"].Should().Be("1", "Engage's window is one second");
        // After Retry-After the key has a new window; on a loaded machine a step may land in the old one, so the
        // caller's few back-off steps are allowed, not more.
        JsonNode? served = null;
        for (var step = 0; step < 3 && served is null; step++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.05));
            try
            {
                served = await Update();
            }
            catch (HttpError limited) when (limited.Status == 429)
            {
            }
        }

        served.Should().BeOfType<JsonObject>("backing off by Retry-After gets the key served again");
    }

    public void Dispose() => _app.Dispose();
}
