namespace BackInStock.Emulator.StockLevels;

/// <summary>An accepted stock-level update, stored before it is acknowledged and removed once processed.</summary>
/// <param name="Warnings">What the sender knows is wrong with its set-up (such as a shared Centra integration name), repeated in the log.</param>
public sealed record StockBatch(Guid Id, DateTimeOffset ReceivedAt, IReadOnlyList<StockLevelItem> Items, IReadOnlyList<string>? Warnings = null);
