namespace BackInStock.Emulator.StockLevels;

/// <summary>The current level for one (sku, locale, externalId), as the last update set it.</summary>
public sealed record StockLevel(string Sku, string? Locale, string? ExternalId, int Quantity, DateTimeOffset UpdatedAt, Guid BatchId);
