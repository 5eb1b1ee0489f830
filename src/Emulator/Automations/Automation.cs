namespace BackInStock.Emulator.Automations;

/// <summary>
/// A back-in-stock automation: its trigger threshold, its custom conditions (all must pass) and,
/// when it communicates, the email it sends, split by locale.
/// </summary>
/// <param name="MinimumQuantity">The trigger's "back in stock" threshold: the level must be at least this (1 means quantity &gt; 0).</param>
/// <param name="Email">The email it sends, or null for an automation that does not communicate.</param>
public sealed record Automation(
    string Id,
    string Name,
    bool Enabled,
    int MinimumQuantity,
    IReadOnlyList<AutomationCondition> Conditions,
    EmailTemplate? Email)
{
    public bool ThresholdMet(int quantity) => quantity >= MinimumQuantity;
}
