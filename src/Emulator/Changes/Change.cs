namespace BackInStock.Emulator.Changes;

/// <summary>
/// One committed change of a tenant, as little as a page needs to know what to fetch again: what happened
/// (<see cref="Type"/>), to what (<see cref="Id"/>) and a few fields to filter on (<see cref="Data"/>).
/// </summary>
/// <param name="Sequence">The tenant's count of published changes, from 1; 0 for <see cref="Resync"/>, which no write made.</param>
public sealed record Change(string Type, string? Id = null, IReadOnlyDictionary<string, string?>? Data = null)
{
    public const string EmailCreated = "email.created";
    public const string EmailDeleted = "email.deleted";
    public const string OutboxCleared = "outbox.cleared";
    public const string LogEntryCreated = "log.created";
    public const string StockLevelChanged = "stock-level.changed";
    public const string SubscriptionCreated = "subscription.created";
    public const string SubscriptionDeleted = "subscription.deleted";
    public const string FeedReplaced = "feed.replaced";
    public const string FeedDeleted = "feed.deleted";
    public const string AutomationsReplaced = "automations.replaced";
    public const string TenantReset = "reset";

    /// <summary>Changes were missed (a listener fell behind, or a bulk load made too many to tell one by one): fetch everything again.</summary>
    public const string ResyncType = "resync";

    public static Change Resync { get; } = new(ResyncType);

    public long Sequence { get; init; }
}
