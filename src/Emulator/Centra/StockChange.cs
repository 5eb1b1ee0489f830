namespace BackInStock.Emulator.Centra;

/// <summary>
/// A Centra stock-change event: the productSize.SKU, its Free-To-Allocate quantity at the time of the
/// change (absolute, not a delta) and the Market ID, in one Centra store.
/// </summary>
public sealed record StockChange(long Id, string CentraStore, string Sku, int FreeToAllocate, string MarketId, DateTimeOffset At);
