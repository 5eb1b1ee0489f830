using System.Collections.Concurrent;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// The hot reads (a contact, a contact's subscriptions) served from memory between writes: LiteDB
/// spends tens of microseconds per query, which is most of a GET's cost. Every committed write moves
/// the generation on before its caller is answered, and an entry is served only while its generation is
/// current, so a cached read is never older than an acknowledged write. Inside a write (or dry run) the
/// reads go to LiteDB, which shows the transaction its own uncommitted changes.
/// </summary>
public sealed partial class LiteDbStore
{
    private const int ReadCacheCapacity = 100_000;

    [ThreadStatic]
    private static LiteDbStore? t_writing;

    private readonly ConcurrentDictionary<Guid, Cached<Contact?>> _contactReads = new();
    private readonly ConcurrentDictionary<Guid, Cached<IReadOnlyList<Subscription>>> _subscriptionReads = new();
    private long _generation;
    private long _misses;

    private T ReadThrough<T>(ConcurrentDictionary<Guid, Cached<T>> cache, Guid key, Func<Guid, T> read)
    {
        if (t_writing == this)
        {
            return read(key);
        }

        // Taken before the read: a write committed meanwhile leaves this entry a generation behind, unserved.
        var generation = Volatile.Read(ref _generation);
        if (cache.TryGetValue(key, out var hit) && hit.Generation == generation)
        {
            return hit.Value;
        }

        var value = read(key);

        // Counting a ConcurrentDictionary takes all its locks, so the cap is checked every few hundred misses, not each one.
        if ((Interlocked.Increment(ref _misses) & 0xFF) == 0 && cache.Count >= ReadCacheCapacity)
        {
            cache.Clear();
        }

        cache[key] = new Cached<T>(generation, value);
        return value;
    }

    private T Writing<T>(Func<T> work)
    {
        var outer = t_writing;
        t_writing = this;
        try
        {
            return work();
        }
        finally
        {
            t_writing = outer;
        }
    }

    private void Committed() => Interlocked.Increment(ref _generation);

    private sealed record Cached<T>(long Generation, T Value);
}
