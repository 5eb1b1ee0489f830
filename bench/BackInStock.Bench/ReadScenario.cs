using System.Diagnostics;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Bench;

/// <summary>
/// The GET scenario's emulator share, without HTTP: a contact's 10 subscriptions out of 10,000, read by
/// concurrent readers for a fixed time, so the HTTP figures can be split into store and pipeline cost.
/// </summary>
internal sealed record ReadScenario(int Readers, TimeSpan Duration)
{
    public ReadResult Run(string store, string directory)
    {
        using var emulator = BenchEmulator.Open(store, directory);
        var now = TimeProvider.System.GetUtcNow();
        var contacts = BenchEmulator.Shoppers(1_000, now);
        var subscriptions = Enumerable.Range(0, 10_000)
            .Select(i => new Subscription(Guid.CreateVersion7(now.AddTicks(i)), contacts[i % contacts.Count].Id, $"SKU-{i}", "sv-SE", null, now.AddTicks(i)))
            .ToList();
        Seeding.Load(emulator, directory, contacts, subscriptions);
        var count = 0L;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, Readers).Select(r => new Thread(() =>
        {
            var i = r;
            while (clock.Elapsed < Duration)
            {
                emulator.Subscriptions.ListFor(contacts[i++ % contacts.Count].Id);
                Interlocked.Increment(ref count);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        clock.Stop();
        return new ReadResult(store, Readers, count, clock.Elapsed);
    }
}

internal sealed record ReadResult(string Store, int Readers, long Reads, TimeSpan Elapsed)
{
    public double PerSecond => Reads / Elapsed.TotalSeconds;
}
