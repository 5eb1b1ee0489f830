namespace BackInStock.Emulator.Catalog;

/// <summary>
/// One item of a locale's product feed. <see cref="Sku"/> is the feed's item id (Google's <c>g:id</c>),
/// which a stock level's and a subscription's SKU must equal.
/// </summary>
/// <param name="Attributes">Any other feed fields by name (brand, color, google_product_category, ...), for product-data conditions and templates.</param>
public sealed record Product(
    string Sku,
    string Title,
    decimal? Price,
    string? Currency,
    string? ImageUrl,
    string? Link,
    string? Availability,
    IReadOnlyDictionary<string, string> Attributes);
