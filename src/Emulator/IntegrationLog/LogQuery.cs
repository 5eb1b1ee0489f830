namespace BackInStock.Emulator.IntegrationLog;

/// <summary>Which integration-log entries to list, newest first.</summary>
public sealed record LogQuery(Guid? BatchId = null, string? Sku = null, DateTimeOffset? Since = null, int Limit = 100);
