namespace BackInStock.Emulator.StockLevels;

/// <summary>An accepted stock-level update, stored before it is acknowledged and removed once processed.</summary>
public sealed record StockBatch(Guid Id, DateTimeOffset ReceivedAt, IReadOnlyList<StockLevelItem> Items);
