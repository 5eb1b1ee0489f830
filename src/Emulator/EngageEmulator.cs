using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator;

/// <summary>One emulated Engage tenant: its rules, over its own store and the one clock.</summary>
public sealed class EngageEmulator : IDisposable
{
    private readonly IEmulatorStore _store;

    public EngageEmulator(IEmulatorStore store, TimeProvider time)
    {
        _store = store;
        StartedAt = time.GetUtcNow();
        Contacts = new ContactService(store, time);
        Subscriptions = new SubscriptionService(store, time);
    }

    public ContactService Contacts { get; }

    public SubscriptionService Subscriptions { get; }

    public DateTimeOffset StartedAt { get; }

    public string StoreKind => _store.Kind;

    public static EngageEmulator Open(StoreOptions options, TimeProvider time) => new(LiteDbStore.Open(options), time);

    public void Dispose() => _store.Dispose();
}
