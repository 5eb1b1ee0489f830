using System.Diagnostics;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Bench;

/// <summary>
/// Issue 3's scenario: subscriptions spread over SKUs and locales, then stock-level batches of each size
/// (on SKUs no earlier batch touched); measures the time from the call to every resulting email being
/// committed to the outbox.
/// </summary>
internal sealed record TriggerScenario(int Subscriptions, int Skus, int Contacts, IReadOnlyList<int> BatchSizes)
{
    private static readonly string[] LocaleNames = ["sv-SE", "en-US", "pl-PL", "de-DE"];

    public IReadOnlyList<TriggerResult> Run(string store, string directory)
    {
        var time = TimeProvider.System;
        using var emulator = BenchEmulator.Open(store, directory, outboxCapacity: BatchSizes.Sum() * (Subscriptions / Skus + 1) * 2);

        var seeding = Stopwatch.StartNew();
        foreach (var locale in LocaleNames)
        {
            emulator.Catalog.Replace(locale, Enumerable.Range(0, Skus).Select(i => Product(i, locale)).ToList(), "bench");
        }

        var now = time.GetUtcNow();
        var contacts = BenchEmulator.Shoppers(Contacts, now);
        const int chunk = 100_000;
        for (var start = 0; start < Subscriptions; start += chunk)
        {
            var count = Math.Min(chunk, Subscriptions - start);
            var subscriptions = Enumerable.Range(start, count)
                .Select(i => new Subscription(Guid.CreateVersion7(now.AddTicks(i)), contacts[i % Contacts].Id, Sku(i % Skus), LocaleNames[i / Skus % LocaleNames.Length], null, now.AddTicks(i)))
                .ToList();
            emulator.BulkLoad(start == 0 ? contacts : [], subscriptions);
        }

        seeding.Stop();

        // Neither locale nor externalId: every subscription to each SKU matches (the page's case 3).
        var results = new List<TriggerResult>();
        var first = 0;
        foreach (var size in BatchSizes)
        {
            var items = Enumerable.Range(first, size).Select(i => new StockLevelItem(Sku(i), 5, null, null)).ToList();
            var before = emulator.Outbox.List(new(Limit: int.MaxValue)).Count;
            var trigger = Stopwatch.StartNew();
            emulator.StockLevels.Update(items);
            trigger.Stop();
            var emails = emulator.Outbox.List(new(Limit: int.MaxValue)).Count - before;
            results.Add(new TriggerResult(store, Subscriptions, size, emails, seeding.Elapsed, trigger.Elapsed));
            first += size;
        }

        return results;
    }

    private static string Sku(int i) => $"SKU-{i:D6}";

    private static Product Product(int i, string locale) =>
        new(Sku(i), $"Product {i} ({locale})", 100 + i % 900, "SEK", null, $"https://shop.example.com/{locale}/p/{Sku(i)}", "out_of_stock", new Dictionary<string, string>());
}

internal sealed record TriggerResult(string Store, int Subscriptions, int Items, int Emails, TimeSpan Seeding, TimeSpan Trigger)
{
    public double EmailsPerSecond => Emails / Trigger.TotalSeconds;
}
