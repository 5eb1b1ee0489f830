using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Catalog;

/// <summary>
/// Reads a locale's product feed: Google Merchant Center XML (Engage's format, RSS 2.0 or Atom with the
/// <c>g:</c> namespace), or the JSON and CSV/TSV conveniences with the same field names.
/// </summary>
public static class FeedReader
{
    public static IReadOnlyList<Product> Read(Stream content, FeedFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        var items = format switch
        {
            FeedFormat.Xml => GoogleMerchantXml.Read(content),
            FeedFormat.Json => JsonProductFeed.Read(content),
            FeedFormat.Csv => DelimitedProductFeed.Read(content),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a feed format."),
        };
        return WithoutRepeatedSkus(items);
    }

    public static FeedFormat FormatOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName);
        if (Is(extension, ".xml"))
        {
            return FeedFormat.Xml;
        }

        if (Is(extension, ".json"))
        {
            return FeedFormat.Json;
        }

        // Google's tab-separated feeds are read by the CSV reader, which tells them apart by their header.
        if (Is(extension, ".csv") || Is(extension, ".tsv"))
        {
            return FeedFormat.Csv;
        }

        throw new FeedFormatException(
            $"{fileName}: a feed file's name must end in .xml (Google Merchant Center), .json, .csv or .tsv; \"{extension}\" tells no format.",
            fileName);
    }

    /// <summary>Reads a feed file named after its locale, such as <c>sv-SE.xml</c>.</summary>
    public static (string Locale, IReadOnlyList<Product> Products) ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fileName = Path.GetFileName(path);
        var format = FormatOf(fileName);
        var locale = Path.GetFileNameWithoutExtension(fileName);
        if (locale.Length is 0 or > IndexedText.Locale)
        {
            throw new FeedFormatException($"{fileName}: the file name must be the feed's locale (at most {IndexedText.Locale} characters), such as sv-SE.xml.", fileName);
        }

        using var content = File.OpenRead(path);
        try
        {
            return (locale, Read(content, format));
        }
        catch (FeedFormatException e) when (e.FileName is null)
        {
            throw new FeedFormatException($"{fileName}: {e.Message}", fileName, e);
        }
    }

    private static bool Is(string extension, string expected) => string.Equals(extension, expected, StringComparison.OrdinalIgnoreCase);

    // A SKU is the key a stock level and a subscription match on, so a feed naming one twice is ambiguous.
    private static List<Product> WithoutRepeatedSkus(IEnumerable<FeedItem> items)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        var products = new List<Product>();
        foreach (var item in items)
        {
            if (!firstSeen.TryAdd(item.Product.Sku, item.Where))
            {
                throw new FeedFormatException($"{item.Where} repeats SKU \"{item.Product.Sku}\" of {firstSeen[item.Product.Sku]}.");
            }

            products.Add(item.Product);
        }

        return products;
    }
}
