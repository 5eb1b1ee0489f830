namespace BackInStock.Emulator.IntegrationLog;

/// <summary>Which integration-log entries to list, newest first, skipping <paramref name="Offset"/> of them.</summary>
public sealed record LogQuery(Guid? BatchId = null, string? Sku = null, DateTimeOffset? Since = null, int Limit = 100, int Offset = 0);
