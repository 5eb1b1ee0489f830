using System.Diagnostics;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Bench;

/// <summary>Durable subscribes from many concurrent writers for a fixed time: what group commit is for.</summary>
internal sealed record WriteScenario(int Writers, TimeSpan Duration)
{
    public WriteResult Run(string store, string directory)
    {
        using var emulator = BenchEmulator.Open(store, directory);
        // Shoppers hold a few subscriptions each, as in real use.
        var now = TimeProvider.System.GetUtcNow();
        var contacts = BenchEmulator.Shoppers(20_000, now);
        Seeding.Load(emulator, directory, contacts, []);
        var count = 0L;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, Writers).Select(w => new Thread(() =>
        {
            var i = 0;
            while (clock.Elapsed < Duration)
            {
                var n = Interlocked.Increment(ref count);
                emulator.Subscriptions.Create(new NewSubscription(contacts[(int)(n % contacts.Count)].Id, $"SKU-{w}-{i++}", "sv-SE", null));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        clock.Stop();
        return new WriteResult(store, Writers, count, clock.Elapsed);
    }
}

internal sealed record WriteResult(string Store, int Writers, long Writes, TimeSpan Elapsed)
{
    public double PerSecond => Writes / Elapsed.TotalSeconds;
}
