namespace BackInStock.Emulator.IntegrationLog;

/// <summary>
/// What one stock-level item did: the matching case used, every subscription considered with each
/// condition's result, and how many were sent to the trigger. The answer to "why no email?".
/// </summary>
public sealed record LogEntry(
    Guid Id,
    DateTimeOffset At,
    Guid BatchId,
    int ItemIndex,
    string Sku,
    string? Locale,
    string? ExternalId,
    int Quantity,
    string MatchingCase,
    IReadOnlyList<ConsideredSubscription> Considered,
    int SentToTrigger,
    IReadOnlyList<string> Warnings);

/// <summary>A subscription the item matched, and what became of it.</summary>
/// <param name="Outcome">"triggered" (used and deleted) or "kept" (a condition failed; left untouched).</param>
public sealed record ConsideredSubscription(
    Guid SubscriptionId,
    Guid ContactId,
    string Locale,
    string? ExternalId,
    IReadOnlyList<ConditionResult> Conditions,
    string Outcome,
    IReadOnlyList<string> Automations);

/// <summary>One condition's verdict for one subscription.</summary>
/// <param name="Scope">"predefined", or the id of the automation whose custom condition it is.</param>
public sealed record ConditionResult(string Scope, string Condition, bool Passed, string Detail);
