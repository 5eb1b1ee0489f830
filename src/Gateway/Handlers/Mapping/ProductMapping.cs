using BackInStock.Gateway.Generated;
using Domain = BackInStock.Emulator.Catalog;

namespace BackInStock.Gateway.Handlers.Mapping;

/// <summary>Products between the contract's shape and the emulator's.</summary>
internal static class ProductMapping
{
    public static Product ToDto(Domain.Product p) => new()
    {
        Sku = p.Sku,
        Title = p.Title,
        Price = p.Price is { } price ? (double)price : null,
        Currency = p.Currency,
        ImageUrl = p.ImageUrl,
        Link = p.Link,
        Availability = p.Availability,
        Attributes = p.Attributes.Count == 0 ? null : new Dictionary<string, string>(p.Attributes),
    };

    public static Domain.Product ToDomain(Product p) => new(
        p.Sku,
        p.Title,
        p.Price is { } price ? (decimal)price : null,
        p.Currency,
        p.ImageUrl,
        p.Link,
        p.Availability,
        p.Attributes is null ? new Dictionary<string, string>() : new Dictionary<string, string>(p.Attributes));

    public static Feed ToDto(Domain.Feed f) => new() { Locale = f.Locale, Source = f.Source, LoadedAt = f.LoadedAt, ProductCount = f.ProductCount };
}
