using BackInStock.Emulator.Accelerator;
using BackInStock.Emulator.Advice;
using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Changes;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Clock;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Klaviyo;
using BackInStock.Emulator.Lookups;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.Receipts;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator;

/// <summary>One emulated Engage tenant: its rules, over its own store and its own clock.</summary>
public sealed class EngageEmulator : IDisposable
{
    private readonly IEmulatorStore _store;
    private readonly EmulatorOptions _options;

    /// <param name="time">The real time under the tenant's clock; freezing or moving the clock never changes it.</param>
    /// <param name="lookups">The stores and consents, when already made from <paramref name="options"/>.</param>
    public EngageEmulator(IEmulatorStore store, TimeProvider time, EmulatorOptions options, TenantLookups? lookups = null)
    {
        _store = store;
        _options = options;
        Clock = new EmulatorClock(time);
        Time = Clock;
        StartedAt = Clock.GetUtcNow();
        Changes = new ChangeFeed();
        store.ReportChangesTo(Changes);
        Contacts = new ContactService(store, Clock, options.Contacts);
        Subscriptions = new SubscriptionService(store, Clock);
        Catalog = new CatalogService(store, Clock);
        StockLevels = new StockLevelService(store, Clock, options);
        Automations = new AutomationService(store);
        Outbox = new OutboxService(store, Changes, time);
        IntegrationLog = new IntegrationLogService(store);
        Receipts = new ReceiptService(store);
        Accelerator = new AcceleratorService(store, Contacts, Subscriptions);
        Klaviyo = new KlaviyoService(store, Contacts, Subscriptions);
        Advisor = new PayloadAdvisor(store, Automations, StockLevels);
        Lookups = lookups ?? new TenantLookups(options.Stores, options.Consents);
    }

    /// <summary>Every change the tenant commits, as it commits it: for live pages and for waiting on an email.</summary>
    public ChangeFeed Changes { get; }

    /// <summary>The tenant's stores and consent definitions, configured rather than stored.</summary>
    public TenantLookups Lookups { get; }

    public PayloadAdvisor Advisor { get; }

    public AcceleratorService Accelerator { get; }

    public KlaviyoService Klaviyo { get; }

    public ContactService Contacts { get; }

    public SubscriptionService Subscriptions { get; }

    public CatalogService Catalog { get; }

    public StockLevelService StockLevels { get; }

    public AutomationService Automations { get; }

    public OutboxService Outbox { get; }

    public IntegrationLogService IntegrationLog { get; }

    public ReceiptService Receipts { get; }

    /// <summary>The tenant's clock, which every rule of this tenant reads; the control plane freezes and moves it.</summary>
    public EmulatorClock Clock { get; }

    public TimeProvider Time { get; }

    public DateTimeOffset StartedAt { get; }

    public string StoreKind => _store.Kind;

    /// <summary>Why the tenant's store can no longer keep writes, or null while it can.</summary>
    public string? StoreFault => _store.Fault;

    /// <summary>
    /// Why the tenant cannot do its work yet, or null when it can: its store must keep writes, and a stock
    /// update can trigger nothing until a product feed is loaded (the predefined conditions need one).
    /// </summary>
    public string? NotReadyBecause()
    {
        if (StoreFault is not null)
        {
            return "its data file was deleted, moved or replaced while the emulator ran, so writes are refused; restart the emulator";
        }

        return Catalog.Feeds().Count == 0
            ? "no product feed is loaded; load one (--feeds <folder>, or PUT /emulator/feeds/{locale})"
            : null;
    }

    /// <summary>
    /// Tells a second process refused this tenant's data file where the one holding it serves, and makes that
    /// the origin of the emails' product images and links given as paths, unless one is configured.
    /// </summary>
    public void AnnounceServing(string servedAt)
    {
        _store.Announce(servedAt);
        _options.PublicOrigin ??= servedAt;
    }

    /// <summary>
    /// Opens the tenant's store, puts its defaults in place (automation, feeds) and finishes any batch
    /// that was acknowledged but not processed before the last stop.
    /// </summary>
    public static EngageEmulator Open(EmulatorOptions options, TimeProvider time)
    {
        // Checked before the data file is opened, so a configuration mistake leaves no file locked behind it.
        var lookups = new TenantLookups(options.Stores, options.Consents);
        var emulator = new EngageEmulator(LiteDbStore.Open(options.Store), time, options, lookups);
        try
        {
            emulator.EnsureDefaults();
            emulator.StockLevels.ProcessPending();
            return emulator;
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            emulator.Dispose();
            if (failure is FeedFormatException)
            {
                throw; // names its feed file
            }

            // Anything else here came from the stored data or acting on it: named by its data file, for the one-line exit.
            throw StoreOpenException.StartFailed(options.Store, failure);
        }
    }

    /// <summary>Empties the tenant (contacts, subscriptions, stock, outbox, log, receipts, feeds, automations), then restores its defaults.</summary>
    public void Reset()
    {
        _store.Write(session =>
        {
            session.Clear();
            return true;
        });
        EnsureDefaults();
    }

    /// <summary>
    /// Loads many contacts and subscriptions in one transaction, for seeding large data sets; unlike
    /// the API it does not check each subscription's contact, so the caller keeps them consistent.
    /// </summary>
    public void BulkLoad(IReadOnlyList<Contact> contacts, IReadOnlyList<Subscription> subscriptions) =>
        _store.Write(session =>
        {
            session.InsertMany(contacts, subscriptions);
            return true;
        });

    public void Dispose() => _store.Dispose();

    private void EnsureDefaults()
    {
        if (_store.Read(session => session.Automations()) is null)
        {
            Automations.StoreDefault();
        }

        if (_options.FeedsPath is { Length: > 0 } folder)
        {
            Catalog.LoadFolder(folder);
        }
        else if (_options.DemoCatalog && Catalog.Feeds().Count == 0)
        {
            Catalog.SeedDemo();
        }
        else
        {
            Catalog.RefreshDemoImages();
        }
    }
}
