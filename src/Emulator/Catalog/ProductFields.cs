using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Catalog;

/// <summary>
/// Collects one feed item's fields by name, as every format spells them, and makes the <see cref="Product"/>.
/// Names compare ignoring case, and a space stands for an underscore ("image link" is <c>image_link</c>,
/// as Google's spreadsheet headers write it). The first value of a name wins.
/// </summary>
internal sealed class ProductFields(string where)
{
    // Each field's names, the Google name first; two names of one field with different values are an error.
    private static readonly string[] SkuNames = ["id", "sku"];
    private static readonly string[] TitleNames = ["title"];
    private static readonly string[] PriceNames = ["price"];
    private static readonly string[] CurrencyNames = ["currency"];
    private static readonly string[] ImageNames = ["image_link", "imageUrl"];
    private static readonly string[] LinkNames = ["link"];
    private static readonly string[] AvailabilityNames = ["availability"];
    private static readonly string[][] KnownNames = [SkuNames, TitleNames, PriceNames, CurrencyNames, ImageNames, LinkNames, AvailabilityNames];

    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public string Where { get; } = where;

    public static bool IsKnown(string name) => KnownNames.Any(names => names.Any(known => SameName(known, name)));

    /// <summary>Adds a text value; a missing or blank one counts as absent.</summary>
    public void Add(string name, string? value)
    {
        var (key, text) = (name.Trim(), value?.Trim());
        if (key.Length > 0 && !string.IsNullOrEmpty(text))
        {
            _values.TryAdd(key, text);
        }
    }

    /// <summary>Notes a value that is not text (a nested object or list): an error for a known field, otherwise skipped.</summary>
    public void AddStructured(string name, string kind)
    {
        if (IsKnown(name))
        {
            throw new FeedFormatException($"{Where}: {name} must be text or a number, not {kind}.");
        }
    }

    public FeedItem ToItem()
    {
        var sku = Single(SkuNames)
            ?? throw new FeedFormatException($"{Where} has no id (g:id, id or sku); every product needs one, it is the SKU stock levels and subscriptions match.");
        if (sku.Length > IndexedText.Sku)
        {
            throw new FeedFormatException($"{Where}: the id is {sku.Length} characters long; a SKU is at most {IndexedText.Sku}.");
        }

        var (price, currency) = PriceAndCurrency();
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in _values.Where(field => !IsKnown(field.Key)))
        {
            attributes[name] = value;
        }

        var product = new Product(
            sku,
            Single(TitleNames) ?? string.Empty,
            price,
            currency,
            Single(ImageNames),
            Single(LinkNames),
            Single(AvailabilityNames),
            attributes);
        return new FeedItem(Where, product);
    }

    private static bool SameName(string known, string name) =>
        string.Equals(known, name.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase);

    private string? Single(string[] names)
    {
        string? chosenName = null;
        string? chosen = null;
        foreach (var (name, value) in _values.Where(field => names.Any(known => SameName(known, field.Key))))
        {
            if (chosen is null)
            {
                (chosenName, chosen) = (name, value);
            }
            else if (!string.Equals(chosen, value, StringComparison.Ordinal))
            {
                throw new FeedFormatException($"{Where} gives {chosenName} \"{chosen}\" and {name} \"{value}\"; give one of them.");
            }
        }

        return chosen;
    }

    private (decimal? Price, string? Currency) PriceAndCurrency()
    {
        var currencyText = Single(CurrencyNames);
        string? currency = null;
        if (currencyText is not null && !FeedPrice.TryParseCurrency(currencyText, out currency))
        {
            throw new FeedFormatException($"{Where}: currency \"{currencyText}\" is not an ISO 4217 code such as \"SEK\".");
        }

        var priceText = Single(PriceNames);
        if (priceText is null)
        {
            return (null, currency);
        }

        if (!FeedPrice.TryParse(priceText, out var amount, out var priceCurrency))
        {
            throw new FeedFormatException($"{Where}: price \"{priceText}\" is not an amount with an optional ISO 4217 currency, such as \"15.00 USD\".");
        }

        if (priceCurrency is not null && currency is not null && !string.Equals(priceCurrency, currency, StringComparison.Ordinal))
        {
            throw new FeedFormatException($"{Where}: price \"{priceText}\" is in {priceCurrency} but currency says {currency}.");
        }

        return (amount, priceCurrency ?? currency);
    }
}
