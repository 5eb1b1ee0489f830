namespace BackInStock.Emulator.IntegrationLog;

/// <summary>What became of a subscription a stock-level item matched.</summary>
public static class Outcomes
{
    /// <summary>An automation started: the subscription was used and deleted.</summary>
    public const string Triggered = "triggered";

    /// <summary>A condition failed; the subscription was left untouched.</summary>
    public const string Kept = "kept";

    /// <summary>Its email could not be made (a template failed or ran over budget); it stays waiting.</summary>
    public const string Failed = "failed";

    /// <summary>Another update used it between this one's decision and its commit; nothing was sent twice.</summary>
    public const string AlreadyUsed = "alreadyUsed";
}
