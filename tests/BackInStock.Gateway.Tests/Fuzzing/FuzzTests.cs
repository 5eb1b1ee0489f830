using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackInStock.Client;
using BackInStock.Gateway.Tests.Drift;
using Xunit.Abstractions;

namespace BackInStock.Gateway.Tests.Fuzzing;

/// <summary>
/// `make fuzz` (BACKINSTOCK_FUZZ_SECONDS, at most 120; BACKINSTOCK_FUZZ_SEED to replay) and its short form in
/// `make test`: mutated contract requests against one gateway on a data file. No answer may be a 5xx or
/// show a stack trace; afterwards the gateway still serves, a restart on the same file is healthy, and a
/// subscription still turns into one email.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dataFile = Path.Combine(Path.GetTempPath(), "bis-fuzz-" + Guid.NewGuid().ToString("N"), "fuzz.db");

    private static readonly Dictionary<string, string?> Settings = new()
    {
        // Fuzzing is about what a request can break, not about the storefront's or Engage's rate limit.
        ["Accelerator:RateLimit:PermitLimit"] = "1000000",
        ["Engage:RateLimit:Enabled"] = "false",
    };

    // GatewayApplication's Gateway:MaxRequestBodyBytes.
    private const int MaxBodyBytes = 65536;

    private static TimeSpan Duration => TimeSpan.FromSeconds(Math.Clamp(
        double.TryParse(Environment.GetEnvironmentVariable("BACKINSTOCK_FUZZ_SECONDS"), CultureInfo.InvariantCulture, out var seconds) ? seconds : 15, 1, 120));

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("BACKINSTOCK_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : Environment.TickCount;

    [Fact]
    public async Task Mutated_contract_requests_never_get_a_5xx_and_leave_a_gateway_that_serves_and_restarts()
    {
        var contract = OpenApiShape.FromYaml(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml")));
        var seed = Seed;
        output.WriteLine($"seed {seed} (BACKINSTOCK_FUZZ_SEED={seed} replays it), {Duration.TotalSeconds} s");
        var failures = new List<string>();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();

        using (var app = new GatewayApplication(_dataFile, settings: Settings))
        {
            // Through a real socket: the test server's client would refuse some paths before any server saw them.
            app.UseKestrel(0);
            app.StartServer();
            var http = app.CreateClient();
            using var retry = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero }) { BaseAddress = http.BaseAddress };
            var known = await KnownValues(app);
            var fuzzer = new ContractFuzzer(contract, new Random(seed), known, new Dictionary<string, string>
            {
                ["apikey"] = GatewayApplication.ApiKey,
                ["Authorization"] = "Klaviyo-API-Key pk_bisdev0000000000000000000000000000",
                ["revision"] = "2024-10-15",
            });
            // BACKINSTOCK_FUZZ_TRACE=<file> writes every request as a curl command, to replay a run against `make run`.
            using var trace = Environment.GetEnvironmentVariable("BACKINSTOCK_FUZZ_TRACE") is { Length: > 0 } traceFile ? new StreamWriter(traceFile) : null;
            var stop = DateTime.UtcNow + Duration;
            while (DateTime.UtcNow < stop && failures.Count < 20)
            {
                var fuzz = fuzzer.Next();
                trace?.WriteLine(fuzz.Curl("$B", wholeBody: true));
                using var request = fuzz.ToRequest();
                HttpResponseMessage response;
                try
                {
                    response = await http.SendAsync(request);
                }
                catch (HttpRequestException cut) when (fuzz.Body?.Length > MaxBodyBytes)
                {
                    // Kestrel answers an oversized body early and closes the connection while the client still writes.
                    statuses[413] = statuses.GetValueOrDefault(413) + 1;
                    output.WriteLine($"{fuzz}: connection closed on an oversized body ({cut.Message})");
                    continue;
                }
                catch (HttpRequestException)
                {
                    // A kept-alive connection the server closed after an earlier refusal can fail the next request
                    // sent on it; sent again on a connection of its own, a request the server really cuts fails again.
                    using var again = fuzz.ToRequest();
                    try
                    {
                        response = await retry.SendAsync(again);
                    }
                    catch (HttpRequestException cut)
                    {
                        failures.Add($"{fuzz} → connection cut: {cut.InnerException?.Message ?? cut.Message}\n    {fuzz.Curl()}");
                        continue;
                    }
                }

                using var _ = response;
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                sent++;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500 || body.Contains("   at ", StringComparison.Ordinal))
                {
                    failures.Add($"{fuzz} → {status}: {body[..Math.Min(300, body.Length)]}\n    {fuzz.Curl()}");
                }
            }

            output.WriteLine($"{sent} requests: " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
            failures.Should().BeEmpty($"seed {seed}");
            (await http.GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "the gateway still serves");
            await SubscriptionStillTriggers(app);
        }

        using var restarted = new GatewayApplication(_dataFile, settings: Settings);
        (await restarted.CreateClient().GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "a restart on the same file is healthy");
        await SubscriptionStillTriggers(restarted);
        sent.Should().BeGreaterThan(0);
    }

    /// <summary>Real ids for path and query parameters, so mutations reach past the lookups.</summary>
    private static async Task<Dictionary<string, string>> KnownValues(GatewayApplication app)
    {
        var contact = await app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "fuzz-known@example.com" });
        var sku = (await new FeedsClient(app.CreateClient()).GetFeedAsync(0, 1, "sv-SE")).Products.Single().Sku;
        var subscription = await app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = sku, Locale = "sv-SE" });
        return new Dictionary<string, string>
        {
            ["contactId"] = contact.Id.ToString(),
            ["subscriptionId"] = subscription.Id.ToString(),
            ["emailId"] = Guid.NewGuid().ToString(),
            ["locale"] = "sv-SE",
            ["operationId"] = "UpdateStockLevels",
            ["email"] = "fuzz-known@example.com",
            ["sku"] = sku,
        };
    }

    /// <summary>The product still works end to end: whatever the fuzz left, a fresh subscription to a demo SKU turns into one email.</summary>
    private static async Task SubscriptionStillTriggers(GatewayApplication app)
    {
        var http = app.CreateClient();
        (await http.PutAsJsonAsync("/emulator/automations", new[]
        {
            new { id = "back-in-stock", name = "Back in stock", enabled = true, minimumQuantity = 1, conditions = Array.Empty<object>() , email = new { @default = new { subject = "{{ product.title }}", html = "<p>{{ product.title | html.escape }}</p>" } } },
        })).StatusCode.Should().Be(HttpStatusCode.OK);
        var feeds = await http.GetFromJsonAsync<JsonElement>("/emulator/feeds");
        var locale = feeds.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("locale").GetString()!).FirstOrDefault(l => l is "sv-SE" or "en-US") ?? "sv-SE";
        var feed = await http.GetFromJsonAsync<JsonElement>($"/emulator/feeds/{locale}?take=1");
        var sku = feed.GetProperty("products")[0].GetProperty("sku").GetString()!;
        var email = $"canary-{Guid.NewGuid():N}@example.com";
        var contact = await app.Contacts().CreateContactAsync(new CreateContactRequest { Email = email });
        await app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = sku, Locale = locale });

        (await app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku, quantity = 7, locale } })).StatusCode.Should().Be(HttpStatusCode.Accepted);

        (await new OutboxClient(http).ListOutboxAsync(contact.Id, null, null, null, null, null, null, null, null, null)).Data.Should().ContainSingle().Which.To.Should().Be(email);
    }

    public void Dispose()
    {
        var directory = Path.GetDirectoryName(_dataFile)!;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
