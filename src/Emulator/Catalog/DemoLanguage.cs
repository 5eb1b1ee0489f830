namespace BackInStock.Emulator.Catalog;

/// <summary>
/// What the demo catalog writes in one locale. Bogus has product words in English and Swedish only, so the
/// clothing words are ours; the lists are parallel across languages (index 2 is the same colour everywhere),
/// so a SKU is the same garment in every locale.
/// </summary>
/// <param name="Title">Formats a title from kind, material and colour.</param>
/// <param name="Description">Formats a description from the title, the size and a Bogus city of the locale.</param>
/// <param name="PriceStep">Prices are rounded up to a multiple of this, then <paramref name="PriceEnding"/> is taken off (229 SEK, 21.99 USD).</param>
internal sealed record DemoLanguage(
    string BogusLocale,
    string Currency,
    decimal RateFromEuro,
    decimal PriceStep,
    decimal PriceEnding,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Colors,
    IReadOnlyList<string> Categories,
    Func<string, string, string, string> Title,
    Func<string, string, string, string> Description)
{
    /// <summary>Which of <see cref="Categories"/> each of <see cref="Kinds"/> belongs to.</summary>
    public static readonly IReadOnlyList<int> CategoryOfKind = [0, 0, 0, 0, 1, 1, 2, 2, 3, 2];

    public static readonly DemoLanguage Swedish = new(
        "sv", "SEK", 11.5m, 10m, 1m,
        ["T-shirt", "Skjorta", "Tröja", "Huvtröja", "Jacka", "Kappa", "Byxor", "Shorts", "Klänning", "Kjol"],
        ["bomull", "linne", "ull", "denim", "återvunnen polyester", "ekologisk bomull"],
        ["svart", "vit", "marinblå", "grå", "röd", "grön", "beige", "gul", "rosa", "brun"],
        ["Kläder > Överdelar", "Kläder > Ytterkläder", "Kläder > Byxor och kjolar", "Kläder > Klänningar"],
        (kind, material, color) => $"{kind} i {material}, {color}",
        (title, size, city) => $"{title}, storlek {size}. Designad i {city}.");

    public static readonly DemoLanguage AmericanEnglish = new(
        "en_US", "USD", 1.08m, 1m, 0.01m,
        ["T-Shirt", "Shirt", "Sweater", "Hoodie", "Jacket", "Coat", "Pants", "Shorts", "Dress", "Skirt"],
        ["Cotton", "Linen", "Wool", "Denim", "Recycled Polyester", "Organic Cotton"],
        ["Black", "White", "Navy", "Gray", "Red", "Green", "Beige", "Yellow", "Pink", "Brown"],
        ["Apparel > Tops", "Apparel > Outerwear", "Apparel > Pants & Skirts", "Apparel > Dresses"],
        (kind, material, color) => $"{color} {material} {kind}",
        (title, size, city) => $"{title}, size {size}. Designed in {city}.");

    public static readonly DemoLanguage Polish = new(
        "pl", "PLN", 4.3m, 1m, 0.01m,
        ["Koszulka", "Koszula", "Sweter", "Bluza z kapturem", "Kurtka", "Płaszcz", "Spodnie", "Szorty", "Sukienka", "Spódnica"],
        ["bawełny", "lnu", "wełny", "denimu", "poliestru z recyklingu", "bawełny organicznej"],
        ["czarny", "biały", "granatowy", "szary", "czerwony", "zielony", "beżowy", "żółty", "różowy", "brązowy"],
        ["Odzież > Topy", "Odzież > Okrycia wierzchnie", "Odzież > Spodnie i spódnice", "Odzież > Sukienki"],
        (kind, material, color) => $"{kind} z {material}, kolor {color}",
        (title, size, city) => $"{title}, rozmiar {size}. Projekt: {city}.");

    public static readonly DemoLanguage German = new(
        "de", "EUR", 1m, 1m, 0.05m,
        ["T-Shirt", "Hemd", "Pullover", "Kapuzenpullover", "Jacke", "Mantel", "Hose", "Shorts", "Kleid", "Rock"],
        ["Baumwolle", "Leinen", "Wolle", "Denim", "recyceltem Polyester", "Bio-Baumwolle"],
        ["Schwarz", "Weiß", "Marineblau", "Grau", "Rot", "Grün", "Beige", "Gelb", "Rosa", "Braun"],
        ["Bekleidung > Oberteile", "Bekleidung > Jacken & Mäntel", "Bekleidung > Hosen & Röcke", "Bekleidung > Kleider"],
        (kind, material, color) => $"{kind} aus {material} in {color}",
        (title, size, city) => $"{title}, Größe {size}. Entworfen in {city}.");

    public decimal PriceOf(decimal euros) => (Math.Ceiling(euros * RateFromEuro / PriceStep) * PriceStep) - PriceEnding;
}
