using Bogus;
using Bogus.DataSets;

namespace BackInStock.Emulator.Catalog;

/// <summary>
/// A made-up clothing catalog for when no feed is configured, the same on every run and machine for a seed.
/// Every locale holds the same SKUs (a subscription for a SKU works in any locale), each the same garment,
/// brand, size, base price and availability everywhere; titles, colours, categories and prices are the locale's.
/// </summary>
public static class DemoCatalog
{
    public const int DefaultSeed = 20261123;

    public static readonly IReadOnlyList<string> Locales = ["sv-SE", "en-US", "pl-PL", "de-DE"];

    private static readonly string[] Sizes = ["XS", "S", "M", "L", "XL"];

    /// <summary>
    /// Where the gateway serves a demo product's generated image. A path, not an address: the gateway's origin
    /// can change from run to run while the catalog is kept, so an email makes it absolute when it is rendered.
    /// </summary>
    public static string ImagePath(string sku) => $"/demo/images/{Uri.EscapeDataString(sku)}.svg";

    public static IReadOnlyDictionary<string, IReadOnlyList<Product>> Generate(int productsPerLocale = 200, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(productsPerLocale);
        var garments = Garments(productsPerLocale, seed);
        return Locales.ToDictionary(
            locale => locale,
            locale => (IReadOnlyList<Product>)Localize(garments, locale, seed),
            StringComparer.OrdinalIgnoreCase);
    }

    // Drawn in SKU order, so the first N garments are the same whatever the count asked for. Only the two data
    // sets used are made, not a whole Faker: its other data sets (mime types above all) cost a third of start-up's
    // catalog time. The draws are the ones a Faker with this Randomizer made, so stored catalogs stay the same.
    private static List<DemoGarment> Garments(int count, int seed)
    {
        var random = new Randomizer(seed);
        var company = new Company("en") { Random = random };
        var brands = Enumerable.Range(0, 8).Select(_ => company.CompanyName(0)).ToList();
        var kinds = DemoLanguage.CategoryOfKind.Count;
        return Enumerable.Range(0, count).Select(index => new DemoGarment(
            Sku: $"BIS-{10001 + index}-{random.ArrayElement(Sizes)}",
            Kind: random.Int(0, kinds - 1),
            Material: random.Int(0, DemoLanguage.German.Materials.Count - 1),
            Color: random.Int(0, DemoLanguage.German.Colors.Count - 1),
            Brand: random.ListItem(brands),
            Euros: (random.Int(2, 40) * 5m) - 0.05m,
            OutOfStock: random.Int(0, 2) == 0)).ToList();
    }

    private static List<Product> Localize(List<DemoGarment> garments, string locale, int seed)
    {
        var language = LanguageOf(locale);
        // Seeded by the locale's own name, so adding a locale leaves the others as they were.
        var address = new Address(language.BogusLocale) { Random = new Randomizer(seed ^ StableHash(locale)) };
        return garments.Select(garment =>
        {
            var size = garment.Sku[(garment.Sku.LastIndexOf('-') + 1)..];
            var color = language.Colors[garment.Color];
            var title = language.Title(language.Kinds[garment.Kind], language.Materials[garment.Material], color);
            return new Product(
                garment.Sku,
                title,
                language.PriceOf(garment.Euros),
                language.Currency,
                ImagePath(garment.Sku),
                $"https://shop.example.com/{locale.ToLowerInvariant()}/p/{garment.Sku}",
                garment.OutOfStock ? "out_of_stock" : "in_stock",
                new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                {
                    ["brand"] = garment.Brand,
                    ["color"] = color,
                    ["size"] = size,
                    ["product_type"] = language.Categories[DemoLanguage.CategoryOfKind[garment.Kind]],
                    ["description"] = language.Description(title, size, address.City()),
                });
        }).ToList();
    }

    internal static DemoLanguage LanguageOf(string locale) => locale switch
    {
        "sv-SE" => DemoLanguage.Swedish,
        "en-US" => DemoLanguage.AmericanEnglish,
        "pl-PL" => DemoLanguage.Polish,
        "de-DE" => DemoLanguage.German,
        _ => throw new ArgumentOutOfRangeException(nameof(locale), locale, "The demo catalog has no words for this locale."),
    };

    // string.GetHashCode differs per process; FNV-1a does not.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }

    private sealed record DemoGarment(string Sku, int Kind, int Material, int Color, string Brand, decimal Euros, bool OutOfStock);
}
