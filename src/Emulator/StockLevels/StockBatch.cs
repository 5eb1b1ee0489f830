namespace BackInStock.Emulator.StockLevels;

/// <summary>An accepted stock-level update, stored before it is acknowledged and removed once processed.</summary>
/// <param name="Warnings">What the sender knows is wrong with its set-up (such as a shared Centra integration name), repeated in the log.</param>
/// <param name="Done">How many of its items are applied already: a batch applied item by item resumes after them.</param>
/// <param name="Attempts">How many start-ups have tried to finish it; past a limit it is quarantined, not retried forever.</param>
/// <param name="Sequence">Its place in acceptance order, given in the transaction that stores it. Concurrent batches may be applied in
/// another order; the sequence keeps a later-accepted level from being replaced by an earlier one (time cannot: the clock can be frozen).</param>
public sealed record StockBatch(Guid Id, DateTimeOffset ReceivedAt, IReadOnlyList<StockLevelItem> Items, IReadOnlyList<string>? Warnings = null, int Done = 0, int Attempts = 0, long Sequence = 0);
