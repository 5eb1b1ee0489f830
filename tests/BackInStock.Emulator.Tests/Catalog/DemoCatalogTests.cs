using BackInStock.Emulator.Catalog;

namespace BackInStock.Emulator.Tests.Catalog;

public sealed class DemoCatalogTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<Product>> Catalog = DemoCatalog.Generate();

    [Fact]
    public void Two_calls_generate_the_same_catalog()
    {
        DemoCatalog.Generate().Should().BeEquivalentTo(Catalog, options => options.WithStrictOrdering());
    }

    [Fact]
    public void The_first_products_are_the_ones_the_seed_has_always_given()
    {
        Catalog["sv-SE"].Take(5).Select(p => p.Sku).Should().Equal("BIS-10001-L", "BIS-10002-XL", "BIS-10003-XL", "BIS-10004-L", "BIS-10005-XL");
        Catalog["en-US"][0].Should().BeEquivalentTo(new Product(
            "BIS-10001-L",
            "Black Cotton Pants",
            188.99m,
            "USD",
            "/demo/images/BIS-10001-L.svg",
            "https://shop.example.com/en-us/p/BIS-10001-L",
            "out_of_stock",
            new Dictionary<string, string>
            {
                ["brand"] = "Johnston Inc",
                ["color"] = "Black",
                ["size"] = "L",
                ["product_type"] = "Apparel > Pants & Skirts",
                ["description"] = "Black Cotton Pants, size L. Designed in West Bettye.",
            }));
    }

    [Fact]
    public void Every_locale_holds_the_same_skus_in_its_own_currency()
    {
        Catalog.Keys.Should().Equal(DemoCatalog.Locales);
        var skus = Catalog["sv-SE"].Select(p => p.Sku).ToList();
        skus.Should().HaveCount(200).And.OnlyHaveUniqueItems().And.AllSatisfy(sku => sku.Should().MatchRegex(@"^BIS-1\d{4}-(XS|S|M|L|XL)$"));
        foreach (var (locale, currency) in new[] { ("sv-SE", "SEK"), ("en-US", "USD"), ("pl-PL", "PLN"), ("de-DE", "EUR") })
        {
            Catalog[locale].Select(p => p.Sku).Should().Equal(skus, because: $"{locale} has the same SKUs");
            Catalog[locale].Should().AllSatisfy(p => p.Currency.Should().Be(currency));
        }
    }

    [Fact]
    public void Each_product_has_a_link_an_image_a_price_and_the_attributes_conditions_use()
    {
        foreach (var (locale, products) in Catalog)
        {
            products.Should().AllSatisfy(p =>
            {
                p.Title.Should().NotBeNullOrWhiteSpace();
                p.Price.Should().BePositive();
                p.Link.Should().Be($"https://shop.example.com/{locale.ToLowerInvariant()}/p/{p.Sku}");
                p.ImageUrl.Should().Be($"/demo/images/{p.Sku}.svg", "the gateway serves the demo images, so previews work offline");
                p.Availability.Should().BeOneOf("in_stock", "out_of_stock");
                p.Attributes.Keys.Should().Contain(["brand", "color", "size", "product_type", "description"]);
                p.Sku.Should().EndWith($"-{p.Attributes["size"]}");
            });
        }
    }

    [Fact]
    public void Roughly_a_third_is_out_of_stock_and_the_same_everywhere()
    {
        var outOfStock = Catalog["en-US"].Count(p => p.Availability == "out_of_stock");

        outOfStock.Should().BeInRange(40, 95);
        foreach (var products in Catalog.Values)
        {
            products.Select(p => p.Availability).Should().Equal(Catalog["en-US"].Select(p => p.Availability));
        }
    }

    [Fact]
    public void Titles_are_written_in_each_locales_language()
    {
        Catalog.Values.Select(products => products[0].Title).Should().OnlyHaveUniqueItems();
        Catalog["de-DE"].Should().AllSatisfy(p => p.Title.Should().Contain(" aus "));
        Catalog["sv-SE"].Should().AllSatisfy(p => p.Title.Should().Contain(" i "));
    }

    [Fact]
    public void A_smaller_catalog_is_the_start_of_a_larger_one()
    {
        var small = DemoCatalog.Generate(productsPerLocale: 10);

        foreach (var locale in DemoCatalog.Locales)
        {
            small[locale].Should().BeEquivalentTo(Catalog[locale].Take(10), options => options.WithStrictOrdering());
        }
    }

    [Fact]
    public void Another_seed_gives_another_catalog()
    {
        DemoCatalog.Generate(productsPerLocale: 20, seed: 1).Should().NotBeEquivalentTo(DemoCatalog.Generate(productsPerLocale: 20));
    }
}
