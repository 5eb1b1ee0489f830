namespace BackInStock.Emulator.Outbox;

/// <summary>
/// What one email's rendering may spend. A template is user input: without limits one loop or one
/// backtracking regex could hold a batch for minutes. An email over budget is a failed item, not a hang.
/// </summary>
/// <param name="BatchTime">What all the emails of one batch may spend together; past it, the rest of the batch's
/// subscriptions wait for the next update. It bounds how long a start-up can spend finishing a pending batch.</param>
public sealed record RenderBudget(TimeSpan Time, int LoopIterations, int OutputCharacters, TimeSpan RegexTime, TimeSpan BatchTime)
{
    /// <summary>Generous for any real email (the default one renders in about 35 µs), tight for a runaway one.</summary>
    public static RenderBudget Default { get; } = new(TimeSpan.FromMilliseconds(250), 1_000, 256 * 1024, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(30));
}
