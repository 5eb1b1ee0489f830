using BackInStock.Emulator.Accelerator;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Centra;

/// <summary>
/// Where Centra's items are in the product feeds: a product carries its Checkout API item id in the
/// "centra_item" attribute ("12366-23400") and its display item in Google's "item_group_id" ("12366").
/// </summary>
public static class CentraCatalog
{
    public const string ItemAttribute = "centra_item";
    public const string ItemGroupAttribute = "item_group_id";

    /// <summary>The item as it is in each locale's feed. Feeds are scanned: the emulator's are small.</summary>
    internal static List<CentraOffer> Find(IStoreSession session, CentraItem item)
    {
        var id = item.ToString();
        return session.Feeds()
            .SelectMany(feed => session.ProductsOf(feed.Locale, 0, int.MaxValue)
                .Where(p => p.Attributes.TryGetValue(ItemAttribute, out var value) && value == id)
                .Select(p => new CentraOffer(feed.Locale, p)))
            .ToList();
    }

    /// <summary>Every product of any feed that is a Centra item, once per SKU.</summary>
    internal static List<(string Sku, CentraItem Item)> Items(IStoreSession session) =>
        session.Feeds()
            .SelectMany(feed => session.ProductsOf(feed.Locale, 0, int.MaxValue))
            .Select(p => (p.Sku, Item: ItemOf(p)))
            .Where(p => p.Item is not null)
            .DistinctBy(p => p.Sku, StringComparer.Ordinal)
            .Select(p => (p.Sku, p.Item!))
            .ToList();

    public static CentraItem? ItemOf(Product product) =>
        product.Attributes.TryGetValue(ItemAttribute, out var value) && CentraItem.TryParse(value, out var item) ? item : null;

    /// <summary>
    /// The feed a subscription reads its product data from: the shopper's language in the ship-to country,
    /// else any locale of that country, else the language anywhere, else the first feed holding the item.
    /// </summary>
    internal static CentraOffer Choose(IReadOnlyList<CentraOffer> offers, string? language, string country) =>
        offers.FirstOrDefault(o => language is not null && Locales.Equal(o.Locale, $"{language}-{country}"))
        ?? offers.FirstOrDefault(o => LocaleParts.Split(o.Locale).CountryCode == country)
        ?? offers.FirstOrDefault(o => language is not null && string.Equals(LocaleParts.Split(o.Locale).Lang, language, StringComparison.OrdinalIgnoreCase))
        ?? offers[0];
}

/// <summary>A Centra item as one locale's feed has it.</summary>
internal sealed record CentraOffer(string Locale, Product Product);
