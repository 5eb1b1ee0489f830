using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests;

/// <summary>
/// A fresh emulator per test, on a temporary file or in memory, with a clock the test controls and,
/// unless asked, no demo catalog: each test states the feeds it relies on.
/// </summary>
public sealed class EmulatorFixture : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bis-emulator-" + Guid.NewGuid().ToString("N"));

    public EmulatorFixture(string store, Action<EmulatorOptions>? configure = null)
    {
        Options = new EmulatorOptions
        {
            Store = new StoreOptions { InMemory = store == "memory", Path = Path.Combine(_directory, "emulator.db") },
            DemoCatalog = false,
        };
        configure?.Invoke(Options);
        Emulator = EngageEmulator.Open(Options, Clock);
    }

    /// <summary>The two stores every store test runs on.</summary>
    public static TheoryData<string> Stores => new() { "file", "memory" };

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public EmulatorOptions Options { get; }

    public EngageEmulator Emulator { get; private set; }

    /// <summary>Closes the store and opens it again on the same file, as a restart would.</summary>
    public void Reopen()
    {
        Emulator.Dispose();
        Emulator = EngageEmulator.Open(Options, Clock);
    }

    /// <summary>Gives a locale a feed holding these SKUs.</summary>
    public void Feed(string locale, params string[] skus) =>
        Emulator.Catalog.Replace(locale, skus.Select(sku => new Product(sku, $"Product {sku} ({locale})", 499m, "SEK", null, $"https://shop.example.com/{sku}", "out_of_stock", new Dictionary<string, string> { ["brand"] = "Acme" })).ToList(), "test");

    public Contact Contact(string email, string? firstName = null) => Emulator.Contacts.Create(new NewContact(email, FirstName: firstName));

    public Subscription Subscribe(Contact contact, string sku, string locale, string? externalId = null)
    {
        var subscription = Emulator.Subscriptions.Create(new NewSubscription(contact.Id, sku, locale, externalId));
        Clock.Advance(TimeSpan.FromSeconds(1));
        return subscription;
    }

    public void Dispose()
    {
        Emulator.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
