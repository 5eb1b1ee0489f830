using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Triggering;

/// <summary>
/// What one stock-level item will do, decided before any write: the subscriptions it matched, each
/// one's conditions and rendered emails. Committing it stores the level, uses the subscriptions that
/// passed and logs the lot; a failed item stores nothing but its log entry.
/// </summary>
/// <param name="Error">Why the item as a whole could not be processed; null when it could.</param>
/// <param name="LevelOnly">Store the item's level despite the error (a quarantined batch: acknowledged, but not triggered).</param>
internal sealed record ItemPlan(int Index, StockLevelItem Item, IReadOnlyList<PlannedSubscription> Considered, IReadOnlyList<string> Warnings, string? Error = null, bool LevelOnly = false)
{
    /// <summary>What the rules warn about the item itself, with their codes (the payload advisor shows them); in <see cref="Warnings"/> unless the item failed.</summary>
    public IReadOnlyList<RuleWarning> Findings { get; init; } = [];
}

/// <summary>One matched subscription: the conditions' verdicts, the automations that passed and their emails.</summary>
/// <param name="Error">Why its emails could not be made (a template failed or ran over budget); it stays waiting.</param>
internal sealed record PlannedSubscription(
    Subscription Subscription,
    IReadOnlyList<ConditionResult> Conditions,
    IReadOnlyList<string> Automations,
    IReadOnlyList<Email> Emails,
    string? Error = null)
{
    public bool Triggers => Error is null && Automations.Count > 0;

    public string Outcome => Error is not null ? Outcomes.Failed : Triggers ? Outcomes.Triggered : Outcomes.Kept;
}
