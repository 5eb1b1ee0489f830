using BackInStock.Emulator;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Storage;

namespace BackInStock.Bench;

/// <summary>What every in-process scenario starts from: an emulator on the store under test, and shoppers.</summary>
internal static class BenchEmulator
{
    public static EngageEmulator Open(string store, string directory, int? outboxCapacity = null)
    {
        var options = new EmulatorOptions
        {
            Store = new StoreOptions { InMemory = store == "memory", Path = Path.Combine(directory, $"bench-{Guid.NewGuid():N}.db") },
            DemoCatalog = false,
        };
        options.OutboxCapacity = outboxCapacity ?? options.OutboxCapacity;
        return EngageEmulator.Open(options, TimeProvider.System);
    }

    public static List<Contact> Shoppers(int count, DateTimeOffset now) =>
        Enumerable.Range(0, count).Select(i => new Contact(Guid.CreateVersion7(now), $"shopper{i}@example.com", null, null, "en", "US", true, "Member", now)).ToList();
}
