namespace BackInStock.Emulator.StockLevels;

/// <summary>The current level for one (sku, locale, externalId), as the last update set it.</summary>
/// <param name="Sequence">The setting batch's place in acceptance order: a level is never replaced by one from an earlier batch.</param>
public sealed record StockLevel(string Sku, string? Locale, string? ExternalId, int Quantity, DateTimeOffset UpdatedAt, Guid BatchId, long Sequence = 0);
