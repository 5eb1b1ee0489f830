using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Changes;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private readonly ILiteCollection<FeedDocument> _feeds;
    private readonly ILiteCollection<ProductDocument> _products;

    public IReadOnlyList<Feed> Feeds() => _feeds.FindAll().Select(f => Payload.Read<Feed>(f.Json)).OrderBy(f => f.Locale, StringComparer.OrdinalIgnoreCase).ToList();

    public Feed? FindFeed(string locale)
    {
        var document = _feeds.FindById(locale.ToLowerInvariant());
        return document is null ? null : Payload.Read<Feed>(document.Json);
    }

    public void ReplaceFeed(Feed feed, IReadOnlyList<Product> products)
    {
        var localeKey = feed.Locale.ToLowerInvariant();
        _products.DeleteMany(p => p.LocaleKey == localeKey);
        _products.InsertBulk(products
            .DistinctBy(p => p.Sku, StringComparer.Ordinal)
            .Select(p => new ProductDocument { Id = ProductDocument.KeyOf(feed.Locale, p.Sku), LocaleKey = localeKey, Json = Payload.Write(p) }));
        _feeds.Upsert(new FeedDocument { Id = localeKey, Json = Payload.Write(feed) });
        Record(new Change(Change.FeedReplaced, feed.Locale));
    }

    public bool DeleteFeed(string locale)
    {
        var localeKey = locale.ToLowerInvariant();
        _products.DeleteMany(p => p.LocaleKey == localeKey);
        if (!_feeds.Delete(localeKey))
        {
            return false;
        }

        Record(new Change(Change.FeedDeleted, locale));
        return true;
    }

    public Product? FindProduct(string locale, string sku)
    {
        var document = _products.FindById(ProductDocument.KeyOf(locale, sku));
        return document is null ? null : Payload.Read<Product>(document.Json);
    }

    public IReadOnlyList<Product> ProductsOf(string locale, int skip, int take)
    {
        var localeKey = locale.ToLowerInvariant();
        // Sorted here: LiteDB's own sort (a filter on one index, an order on another) fails on keys as long as a SKU may be.
        return _products.Find(p => p.LocaleKey == localeKey).OrderBy(p => p.Id, StringComparer.Ordinal).Skip(skip).Take(take)
            .Select(p => Payload.Read<Product>(p.Json)).ToList();
    }
}
