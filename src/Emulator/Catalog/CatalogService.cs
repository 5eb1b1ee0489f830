using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Catalog;

/// <summary>
/// The per-locale product feeds Engage enriches emails from. A SKU must be in the subscription's
/// locale feed for an email to go out, out-of-stock products included.
/// </summary>
public sealed class CatalogService(IEmulatorStore store, TimeProvider time)
{
    public const string DemoSource = "demo";

    private const string RetiredDemoImages = "https://shop.example.com/images/";

    public IReadOnlyList<Feed> Feeds() => store.Read(session => session.Feeds());

    public Feed Get(string locale) =>
        store.Read(session => session.FindFeed(locale))
        ?? throw ErrorCatalogue.Exception(ErrorCatalogue.FeedNotFound, $"No product feed exists for the locale {locale}.");

    public IReadOnlyList<Product> Products(string locale, int skip, int take) => store.Read(session =>
    {
        if (session.FindFeed(locale) is null)
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.FeedNotFound, $"No product feed exists for the locale {locale}.");
        }

        return session.ProductsOf(locale, skip, take);
    });

    public Product? Find(string locale, string sku) => store.Read(session => session.FindProduct(locale, sku));

    /// <summary>Replaces the locale's feed with <paramref name="products"/> (duplicate SKUs: the first wins).</summary>
    public Feed Replace(string locale, IReadOnlyList<Product> products, string source)
    {
        IndexedText.Require(("locale", locale, IndexedText.Locale));
        IndexedText.RequireEach(products, ("sku", p => p.Sku, IndexedText.Sku));

        var feed = FeedOf(locale, source, time.GetUtcNow(), products);
        store.Write(session =>
        {
            session.ReplaceFeed(feed, products);
            return feed;
        });
        return feed;
    }

    // A feed counts its products once per SKU, whoever stores it.
    private static Feed FeedOf(string locale, string source, DateTimeOffset at, IReadOnlyList<Product> products) =>
        new(locale, source, at, products.DistinctBy(p => p.Sku, StringComparer.Ordinal).Count());

    public void Delete(string locale)
    {
        if (!store.Write(session => session.DeleteFeed(locale)))
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.FeedNotFound, $"No product feed exists for the locale {locale}.");
        }
    }

    /// <summary>Loads every feed file of a folder; a file's name is its locale (sv-SE.xml, en-US.json, pl-PL.csv).</summary>
    public IReadOnlyList<Feed> LoadFolder(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"The product feed folder '{path}' does not exist.");
        }

        return Directory.EnumerateFiles(path)
            .Where(file => Path.GetExtension(file).ToLowerInvariant() is ".xml" or ".json" or ".csv")
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var (locale, products) = FeedReader.ReadFile(file);
                return Replace(locale, products, Path.GetFileName(file));
            })
            .ToList();
    }

    /// <summary>
    /// Stores the fixed-seed demo catalog, so SKUs are the same on every machine and restart, with the
    /// Centra item of the Klaviyo page's example (display item 12366) in every locale.
    /// </summary>
    public IReadOnlyList<Feed> SeedDemo()
    {
        // Every locale in one write: one commit (one disk flush on the file store) instead of one per locale.
        var feeds = DemoCatalog.Generate().Select(pair => (Locale: pair.Key, Products: (IReadOnlyList<Product>)[.. pair.Value, .. DemoCentraItem.For(pair.Key)])).ToList();
        var now = time.GetUtcNow();
        return store.Write(session => feeds.Select(f =>
        {
            var feed = FeedOf(f.Locale, DemoSource, now, f.Products);
            session.ReplaceFeed(feed, f.Products);
            return feed;
        }).ToList());
    }

    /// <summary>
    /// A demo catalog stored before the gateway served its images points at a shop that does not exist; it is
    /// stored again (the same SKUs and products, with the served images). True when it was.
    /// </summary>
    public bool RefreshDemoImages()
    {
        var demo = Feeds().FirstOrDefault(f => f.Source == DemoSource);
        if (demo is null || store.Read(session => session.ProductsOf(demo.Locale, 0, 1)) is not [{ ImageUrl: { } image }]
            || !image.StartsWith(RetiredDemoImages, StringComparison.Ordinal))
        {
            return false;
        }

        SeedDemo();
        return true;
    }
}
