using System.Diagnostics;
using BackInStock.Bench.Results;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Bench;

/// <summary>
/// Issue 3's scenario: subscriptions spread over SKUs and locales, loaded through <see cref="Seeding"/>
/// (timed: issue 16's loading goal), then stock-level batches of each size, each size once per round (on
/// SKUs no earlier batch touched); measures the time from the call to every resulting email being
/// committed to the outbox.
/// </summary>
internal sealed record TriggerScenario(int Subscriptions, int Skus, int Contacts, IReadOnlyList<int> BatchSizes, int Rounds)
{
    private static readonly string[] LocaleNames = ["sv-SE", "en-US", "pl-PL", "de-DE"];

    public (LoadMeasure Load, IReadOnlyList<TriggerMeasure> Trigger) Run(string store, string directory)
    {
        if (Rounds * BatchSizes.Sum() > Skus)
        {
            throw new ArgumentException($"{Rounds} rounds of batches of {string.Join(", ", BatchSizes)} items need {Rounds * BatchSizes.Sum():N0} untouched SKUs; there are {Skus:N0}.");
        }

        var time = TimeProvider.System;
        using var emulator = BenchEmulator.Open(store, directory, outboxCapacity: Rounds * BatchSizes.Sum() * (Subscriptions / Skus + 1) * 2);

        var catalog = Stopwatch.StartNew();
        foreach (var locale in LocaleNames)
        {
            emulator.Catalog.Replace(locale, Enumerable.Range(0, Skus).Select(i => Product(i, locale)).ToList(), "bench");
        }

        catalog.Stop();

        var now = time.GetUtcNow();
        var contacts = BenchEmulator.Shoppers(Contacts, now);
        // Ten consecutive subscriptions per shopper, on ten different SKUs, so no (shopper, SKU, locale) repeats.
        var subscriptions = Enumerable.Range(0, Subscriptions)
            .Select(i => new Subscription(Guid.Empty, contacts[i / 10 % Contacts].Id, Sku(i % Skus), LocaleNames[i / Skus % LocaleNames.Length], null, now));
        var file = Seeding.Prepare(directory, contacts, subscriptions);
        var loading = Stopwatch.StartNew();
        Seeding.Load(emulator, file);
        loading.Stop();
        File.Delete(file);

        // Neither locale nor externalId: every subscription to each SKU matches (the page's case 3).
        var milliseconds = BatchSizes.ToDictionary(size => size, _ => new List<double>());
        var emails = new Dictionary<int, int>();
        var first = 0;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var size in BatchSizes)
            {
                var items = Enumerable.Range(first, size).Select(i => new StockLevelItem(Sku(i), 5, null, null)).ToList();
                var before = emulator.Outbox.List(new(Limit: int.MaxValue)).Count;
                var trigger = Stopwatch.StartNew();
                emulator.StockLevels.Update(items);
                trigger.Stop();
                emails[size] = emulator.Outbox.List(new(Limit: int.MaxValue)).Count - before;
                milliseconds[size].Add(trigger.Elapsed.TotalMilliseconds);
                first += size;
            }
        }

        return (
            new LoadMeasure(store, Subscriptions, Contacts, loading.Elapsed.TotalSeconds, catalog.Elapsed.TotalSeconds, Seeding.Method),
            BatchSizes.Select(size => new TriggerMeasure(store, size, emails[size], milliseconds[size])).ToList());
    }

    private static string Sku(int i) => $"SKU-{i:D6}";

    private static Product Product(int i, string locale) =>
        new(Sku(i), $"Product {i} ({locale})", 100 + i % 900, "SEK", null, $"https://shop.example.com/{locale}/p/{Sku(i)}", "out_of_stock", new Dictionary<string, string>());
}
