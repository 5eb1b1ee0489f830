using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator;

/// <summary>How an emulated tenant is set up: its store, its journals' caps and where its product feeds come from.</summary>
public sealed class EmulatorOptions
{
    public StoreOptions Store { get; set; } = new();

    /// <summary>The outbox keeps this many emails; older ones are pruned as new ones arrive.</summary>
    public int OutboxCapacity { get; set; } = 10_000;

    /// <summary>The integration log keeps this many entries (one per stock-level item); older ones are pruned.</summary>
    public int LogCapacity { get; set; } = 10_000;

    /// <summary>
    /// The simulated Centra keeps this many stock-change events (shared by every tenant); the oldest are
    /// pruned as new ones arrive, after every integration has polled them.
    /// </summary>
    public int CentraEventCapacity { get; set; } = 10_000;

    /// <summary>
    /// Centra's "Minimum stock level" for its back-in-stock feature: below this Free-To-Allocate quantity
    /// Centra does not pass a stock update on to Klaviyo, so subscriptions of the Centra → Klaviyo flow stay
    /// waiting. Centra's back-in-stock page: "Minimum stock value is 10 by default". Engage's own
    /// subscriptions are not affected (any quantity over 0).
    /// </summary>
    public int CentraMinimumStock { get; set; } = 10;

    /// <summary>A folder of feed files named after their locale (sv-SE.xml, en-US.json, pl-PL.csv), loaded at start-up.</summary>
    public string? FeedsPath { get; set; }

    /// <summary>What rendering an email, and all the emails of one batch, may spend (not read from configuration).</summary>
    public Outbox.RenderBudget RenderBudget { get; set; } = Outbox.RenderBudget.Default;

    /// <summary>The tenant's key identifier and contact types.</summary>
    public Contacts.ContactOptions Contacts { get; set; } = new();

    /// <summary>The tenant's stores (GET /api/v3/stores); null for the demo stores.</summary>
    public List<Lookups.EngageStore>? Stores { get; set; }

    /// <summary>The tenant's consent definitions (GET /api/v3/consents); null for the demo consents.</summary>
    public List<Lookups.ConsentDefinition>? Consents { get; set; }

    /// <summary>
    /// The gateway's own origin (scheme, host and port, such as http://localhost:5080), against which a product
    /// image or link given as a path is made absolute in an email: the demo catalog's images are served by the
    /// gateway, and an email is read outside it. Unset, the address the gateway listens on once it started.
    /// </summary>
    public string? PublicOrigin { get; set; }

    /// <summary><see cref="PublicOrigin"/> when it is an http or https address.</summary>
    internal Uri? Origin =>
        Uri.TryCreate(PublicOrigin, UriKind.Absolute, out var origin) && (origin.Scheme == Uri.UriSchemeHttp || origin.Scheme == Uri.UriSchemeHttps) ? origin : null;

    /// <summary>With no feeds path and no stored feeds, generate the fixed-seed demo catalog once.</summary>
    public bool DemoCatalog { get; set; } = true;
}
