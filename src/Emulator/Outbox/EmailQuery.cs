namespace BackInStock.Emulator.Outbox;

/// <summary>Which outbox emails to list, newest first, skipping <paramref name="Offset"/> of them.</summary>
public sealed record EmailQuery(Guid? ContactId = null, string? Sku = null, DateTimeOffset? Since = null, DateTimeOffset? Until = null, int Limit = 100, int Offset = 0);
