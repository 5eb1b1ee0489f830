namespace BackInStock.Emulator.StockLevels;

/// <summary>One item of a stock-level update: the latest absolute quantity, never a delta.</summary>
public sealed record StockLevelItem(string Sku, int Quantity, string? Locale, string? ExternalId)
{
    /// <summary>Which of the developer page's matching cases this item selects.</summary>
    public string MatchingCase => (Locale, ExternalId) switch
    {
        (not null, not null) => "sku+locale+externalId",
        (not null, null) => "sku+locale",
        (null, not null) => "sku+externalId",
        _ => "sku",
    };
}
