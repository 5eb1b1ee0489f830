using BackInStock.Gateway.Generated;
using Domain = BackInStock.Emulator.StockLevels;

namespace BackInStock.Gateway.Handlers.Mapping;

/// <summary>Stock-level items from the contract's shape to the emulator's.</summary>
internal static class StockLevelMapping
{
    public static List<Domain.StockLevelItem> ToDomain(IEnumerable<StockLevelUpdate> body) =>
        body.Select(i => new Domain.StockLevelItem(i.Sku, i.Quantity, i.Locale, i.ExternalId)).ToList();
}
