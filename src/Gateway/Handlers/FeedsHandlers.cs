using BackInStock.Emulator;
using BackInStock.Emulator.Catalog;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Handlers.Mapping;

namespace BackInStock.Gateway.Handlers;

/// <summary>The per-locale product feeds (emulator-only).</summary>
public sealed class FeedsHandlers(TenantContext tenant) : IFeedsHandlers
{
    FeedList IFeedsHandlers.ListFeeds() => new() { Data = tenant.Emulator.Catalog.Feeds().Select(ProductMapping.ToDto).ToList() };

    FeedProducts IFeedsHandlers.GetFeed(int? skip, int? take, string locale) => new()
    {
        Feed = ProductMapping.ToDto(tenant.Emulator.Catalog.Get(locale)),
        Products = tenant.Emulator.Catalog.Products(locale, skip ?? 0, take ?? 100).Select(ProductMapping.ToDto).ToList(),
    };

    Generated.Feed IFeedsHandlers.ReplaceFeed(IEnumerable<Generated.Product> body, string locale) =>
        ProductMapping.ToDto(tenant.Emulator.Catalog.Replace(locale, body.Select(ProductMapping.ToDomain).ToList(), "api"));

    void IFeedsHandlers.DeleteFeed(string locale) => tenant.Emulator.Catalog.Delete(locale);
}
