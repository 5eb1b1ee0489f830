namespace BackInStock.Emulator.IntegrationLog;

/// <summary>
/// What one stock-level item did: the matching case used, every subscription considered with each
/// condition's result, and how many were sent to the trigger. The answer to "why no email?".
/// </summary>
/// <param name="Error">Why the item failed as a whole (its level was not stored, nothing was sent); null when it did not.</param>
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
    IReadOnlyList<string> Warnings,
    string? Error = null);

/// <summary>A subscription the item matched, and what became of it.</summary>
/// <param name="Outcome">One of <see cref="Outcomes"/>.</param>
/// <param name="Error">Why its email could not be made, when the outcome is "failed".</param>
public sealed record ConsideredSubscription(
    Guid SubscriptionId,
    Guid ContactId,
    string Locale,
    string? ExternalId,
    IReadOnlyList<ConditionResult> Conditions,
    string Outcome,
    IReadOnlyList<string> Automations,
    string? Error = null);

/// <summary>One condition's verdict for one subscription.</summary>
/// <param name="Scope">"predefined", or the id of the automation whose custom condition it is.</param>
public sealed record ConditionResult(string Scope, string Condition, bool Passed, string Detail);
