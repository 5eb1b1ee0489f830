namespace BackInStock.Emulator.Centra;

/// <summary>Where one integration stands: what it relayed, what is waiting, and what is wrong with its set-up.</summary>
public sealed record IntegrationCursor(
    CentraIntegration Integration,
    int RelayedEvents,
    int PendingEvents,
    long? LastEventId,
    IReadOnlyList<string> Warnings);
