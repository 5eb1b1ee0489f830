using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BackInStock.EndToEnd.Tests;

/// <summary>kill -9 during mixed load, then a restart on the same file: nothing acknowledged is lost, nothing is sent twice.</summary>
public sealed class CrashTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bis-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_9_and_every_used_subscription_has_exactly_one_email()
    {
        var dataFile = Path.Combine(_directory, "crash.db");
        var contacts = new ConcurrentBag<Guid>();
        var subscriptions = new ConcurrentBag<Guid>();

        // `make test` crashes once after a short load; `make soak` many times, after longer loads, on the same file.
        for (var round = 0; round < Soak.Rounds; round++)
        {
            var first = new RunningGateway($"--Store:Path={dataFile}", KeepEverything, NoRateLimit);
            await first.InitializeAsync();
            try
            {
                using var http = Authorized(first);
                var skus = (await http.GetFromJsonAsync<JsonElement>("/emulator/feeds/en-US?take=20")).GetProperty("products").EnumerateArray().Select(p => p.GetProperty("sku").GetString()!).ToArray();
                using var stop = new CancellationTokenSource(Soak.Load + TimeSpan.FromSeconds(0.5));
                var prefix = $"r{round}";
                var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
                {
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        try
                        {
                            await Write(http, $"{prefix}w{w}", i, skus, contacts, subscriptions);
                        }
                        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or IOException)
                        {
                            // The crash cuts requests in flight: those were never acknowledged.
                            return;
                        }
                    }
                })).ToList();
                await Task.Delay(Soak.Load);
                first.KillHard();
                await Task.WhenAll(writers);
            }
            finally
            {
                await first.DisposeAsync();
            }
        }

        var second = new RunningGateway($"--Store:Path={dataFile}", KeepEverything, NoRateLimit);
        await second.InitializeAsync();
        try
        {
            using var http = Authorized(second);
            contacts.Should().NotBeEmpty("the load ran before the crash");
            foreach (var contact in contacts)
            {
                (await http.GetAsync(new Uri($"/api/v3/contacts/{contact}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, $"contact {contact} was acknowledged");
            }

            // Per contact, so the check holds however many emails a long soak produced.
            var emails = new List<Guid>();
            var remaining = new HashSet<Guid>();
            foreach (var contact in contacts)
            {
                var sent = await http.GetFromJsonAsync<JsonElement>($"/emulator/outbox?contactId={contact}&limit=1000");
                emails.AddRange(sent.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("subscriptionId").GetGuid()));
                var list = await http.GetFromJsonAsync<JsonElement>($"/api/v3/contacts/{contact}/backinstock/subscriptions");
                remaining.UnionWith(list.GetProperty("data").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
            }

            emails.Should().OnlyHaveUniqueItems("a used subscription sends exactly one email");
            foreach (var subscription in subscriptions)
            {
                (remaining.Contains(subscription) ^ emails.Contains(subscription)).Should().BeTrue($"subscription {subscription} is either still waiting or used with one email, never lost or both");
            }
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_poison_batch_pending_at_a_kill_9_leaves_a_healthy_restart_where_later_batches_work()
    {
        var dataFile = Path.Combine(_directory, "poison.db");
        string poisoned, healthy;
        var waiting = new List<Guid>();
        var first = new RunningGateway($"--Store:Path={dataFile}");
        await first.InitializeAsync();
        try
        {
            using var http = Authorized(first);
            var skus = (await http.GetFromJsonAsync<JsonElement>("/emulator/feeds/sv-SE?take=2")).GetProperty("products").EnumerateArray().Select(p => p.GetProperty("sku").GetString()!).ToArray();
            (poisoned, healthy) = (skus[0], skus[1]);

            // Passes the upload's sample render (en-US) and spends its whole time budget for every sv-SE subscription.
            var spin = "{{ if subscription.locale == 'sv-SE' }}{{ for i in 1..1000 }}{{ 'aaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a|aa)+$' }}{{ end }}{{ end }}ok";
            (await http.PutAsJsonAsync("/emulator/automations", new[]
            {
                new { id = "back-in-stock", name = "Back in stock", enabled = true, minimumQuantity = 1, conditions = Array.Empty<object>(), email = new { @default = new { subject = "Back", html = spin } } },
            })).StatusCode.Should().Be(HttpStatusCode.OK);
            for (var i = 0; i < 12; i++)
            {
                waiting.Add(await Subscribe(http, $"poisoned{i}@example.com", poisoned, "sv-SE"));
            }

            var put = http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = poisoned, quantity = 5, locale = "sv-SE" } });
            await Task.Delay(TimeSpan.FromSeconds(1));
            put.IsCompleted.Should().BeFalse("the batch is still being worked on (twelve renders of 250 ms) when the process dies");
            first.KillHard();
            await put.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        finally
        {
            await first.DisposeAsync();
        }

        var second = new RunningGateway($"--Store:Path={dataFile}");
        await second.InitializeAsync();
        try
        {
            using var http = Authorized(second);
            foreach (var contact in waiting)
            {
                var list = await http.GetFromJsonAsync<JsonElement>($"/api/v3/contacts/{contact}/backinstock/subscriptions");
                list.GetProperty("data").GetArrayLength().Should().Be(1, "a subscription whose email failed keeps waiting");
            }

            var log = await http.GetFromJsonAsync<JsonElement>($"/emulator/integration-log?sku={poisoned}");
            log.GetProperty("data").EnumerateArray().SelectMany(e => e.GetProperty("considered").EnumerateArray())
                .Should().NotBeEmpty().And.OnlyContain(c => c.GetProperty("outcome").GetString() == "failed");

            var shopper = await Subscribe(http, "healthy@example.com", healthy, "en-US");
            (await http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = healthy, quantity = 3, locale = "en-US" } })).StatusCode.Should().Be(HttpStatusCode.Accepted);
            var sent = await http.GetFromJsonAsync<JsonElement>($"/emulator/outbox?contactId={shopper}");
            sent.GetProperty("data").GetArrayLength().Should().Be(1, "a later batch for another SKU triggers as usual");
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    private static async Task<Guid> Subscribe(HttpClient http, string email, string sku, string locale)
    {
        var contact = await http.PostAsJsonAsync("/api/v3/contacts", new { email });
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await http.PostAsJsonAsync("/api/v3/inventory/backinstock/subscriptions", new { contactId, sku, locale })).StatusCode.Should().Be(HttpStatusCode.Created);
        return contactId;
    }

    private static async Task Write(HttpClient http, string writer, int i, string[] skus, ConcurrentBag<Guid> contacts, ConcurrentBag<Guid> subscriptions)
    {
        var contact = await http.PostAsJsonAsync("/api/v3/contacts", new { email = $"w{writer}-{i}@example.com" });
        if (contact.StatusCode != HttpStatusCode.Created)
        {
            return;
        }

        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        contacts.Add(contactId);
        var sku = skus[((writer.GetHashCode(StringComparison.Ordinal) & 0xFFFF) + i) % skus.Length];
        var subscription = await http.PostAsJsonAsync("/api/v3/inventory/backinstock/subscriptions", new { contactId, sku, locale = "en-US" });
        if (subscription.StatusCode == HttpStatusCode.Created)
        {
            subscriptions.Add((await subscription.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        if (i % 3 == 0)
        {
            await http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku, quantity = i % 2, locale = "en-US" } });
        }
    }

    // A long soak writes more than the default caps keep; nothing may be pruned before it is checked.
    private const string KeepEverything = "--Emulator:OutboxCapacity=10000000";

    // Eight writers as fast as they go send far more than Engage's 200 a second with one key.
    private const string NoRateLimit = "--Engage:RateLimit:Enabled=false";

    private static HttpClient Authorized(RunningGateway gateway)
    {
        var http = gateway.CreateClient();
        http.DefaultRequestHeaders.Add("apikey", RunningGateway.ApiKey);
        return http;
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
