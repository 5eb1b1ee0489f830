using BackInStock.Emulator.Centra;

namespace BackInStock.Emulator.Catalog;

/// <summary>
/// The item of Centra's Klaviyo page, in the demo catalog so its example works as written: display item
/// 12366 in three sizes, 23400 the page's (and 23401 the one its bullet list mistypes), out of stock.
/// </summary>
internal static class DemoCentraItem
{
    public const string DisplayItemId = "12366";

    private static readonly (string Size, string SizeId)[] Sizes = [("S", "23399"), ("M", "23400"), ("L", "23401")];

    public static IEnumerable<Product> For(string locale)
    {
        var language = DemoCatalog.LanguageOf(locale);
        var color = language.Colors[2];
        var title = language.Title(language.Kinds[3], language.Materials[5], color);
        return Sizes.Select(size =>
        {
            var sku = $"BIS-{DisplayItemId}-{size.Size}";
            return new Product(
                sku,
                title,
                language.PriceOf(59.95m),
                language.Currency,
                DemoCatalog.ImagePath(sku),
                $"https://shop.example.com/{locale.ToLowerInvariant()}/p/{sku}",
                "out_of_stock",
                new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                {
                    ["brand"] = "Centra Demo",
                    ["color"] = color,
                    ["size"] = size.Size,
                    ["product_type"] = language.Categories[DemoLanguage.CategoryOfKind[3]],
                    ["description"] = language.Description(title, size.Size, "Borås"),
                    [CentraCatalog.ItemGroupAttribute] = DisplayItemId,
                    [CentraCatalog.ItemAttribute] = new CentraItem(DisplayItemId, size.SizeId).ToString(),
                });
        });
    }
}
