using BackInStock.Emulator;
using BackInStock.Emulator.Catalog;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;

namespace BackInStock.Gateway.Handlers;

/// <summary>The per-locale product feeds (emulator-only).</summary>
public sealed class FeedsHandlers(EngageEmulator emulator) : IFeedsHandlers
{
    FeedList IFeedsHandlers.ListFeeds() => new() { Data = emulator.Catalog.Feeds().Select(ProductMapping.ToDto).ToList() };

    FeedProducts IFeedsHandlers.GetFeed(int? skip, int? take, string locale) => new()
    {
        Feed = ProductMapping.ToDto(emulator.Catalog.Get(locale)),
        Products = emulator.Catalog.Products(locale, skip ?? 0, take ?? 100).Select(ProductMapping.ToDto).ToList(),
    };

    Generated.Feed IFeedsHandlers.ReplaceFeed(IEnumerable<Generated.Product> body, string locale) =>
        ProductMapping.ToDto(emulator.Catalog.Replace(locale, body.Select(ProductMapping.ToDomain).ToList(), "api"));

    void IFeedsHandlers.DeleteFeed(string locale) => emulator.Catalog.Delete(locale);
}
