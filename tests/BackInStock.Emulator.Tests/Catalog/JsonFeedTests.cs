using BackInStock.Emulator.Catalog;

namespace BackInStock.Emulator.Tests.Catalog;

public sealed class JsonFeedTests
{
    [Fact]
    public void A_json_array_of_products_yields_them_with_other_scalars_as_attributes()
    {
        const string feed = """
            [
              {
                "sku": "BIS-10001-M",
                "title": "Navy Cotton T-Shirt",
                "price": 19.90,
                "currency": "usd",
                "imageUrl": "https://shop.example.com/images/BIS-10001-M.jpg",
                "link": "https://shop.example.com/en-us/p/BIS-10001-M",
                "availability": "out_of_stock",
                "brand": "Voyado Wear",
                "weight": 0.2,
                "onSale": true,
                "variants": [{ "sku": "BIS-10001-L" }],
                "dimensions": { "width": 50 }
              }
            ]
            """;

        var products = FeedText.Read(feed, FeedFormat.Json);

        products.Should().BeEquivalentTo([
            new Product(
                "BIS-10001-M",
                "Navy Cotton T-Shirt",
                19.90m,
                "USD",
                "https://shop.example.com/images/BIS-10001-M.jpg",
                "https://shop.example.com/en-us/p/BIS-10001-M",
                "out_of_stock",
                new Dictionary<string, string> { ["brand"] = "Voyado Wear", ["weight"] = "0.2", ["onSale"] = "true" }),
        ]);
    }

    [Fact]
    public void A_json_object_with_a_products_array_is_read_with_google_names_in_any_case()
    {
        const string feed = """
            { "Products": [ { "ID": 10002, "Title": "Skjorta", "PRICE": "349.00 SEK", "image_link": "https://shop.example.com/images/10002.jpg" } ] }
            """;

        var product = FeedText.Read(feed, FeedFormat.Json).Should().ContainSingle().Subject;

        product.Sku.Should().Be("10002");
        product.Title.Should().Be("Skjorta");
        product.Price.Should().Be(349.00m);
        product.Currency.Should().Be("SEK");
        product.ImageUrl.Should().Be("https://shop.example.com/images/10002.jpg");
        product.Attributes.Should().BeEmpty();
    }

    [Fact]
    public void Empty_optional_json_values_become_null()
    {
        const string feed = """[ { "id": "A-1", "title": "A", "price": "", "link": " ", "availability": null, "brand": "" } ]""";

        var product = FeedText.Read(feed, FeedFormat.Json).Single();

        product.Should().BeEquivalentTo(new Product("A-1", "A", null, null, null, null, null, new Dictionary<string, string>()));
    }

    [Fact]
    public void A_json_product_without_an_id_or_sku_is_an_error_naming_the_item()
    {
        const string feed = """[ { "sku": "A-1" }, { "title": "no id", "sku": "" } ]""";

        FeedText.Reading(feed, FeedFormat.Json).Should().Throw<FeedFormatException>()
            .WithMessage("item 2 has no id (g:id, id or sku)*");
    }

    [Fact]
    public void An_id_and_a_sku_that_disagree_are_an_error()
    {
        const string feed = """[ { "id": "A-1", "sku": "B-2" } ]""";

        FeedText.Reading(feed, FeedFormat.Json).Should().Throw<FeedFormatException>()
            .WithMessage("item 1 gives id \"A-1\" and sku \"B-2\"; give one of them.");
    }

    [Theory]
    [InlineData("\"15,00\"")]
    [InlineData("\"1,299.00 USD\"")]
    [InlineData("\"15.00 US Dollar\"")]
    [InlineData("-15")]
    [InlineData("true")]
    public void A_price_that_is_no_invariant_amount_and_currency_is_an_error(string price)
    {
        var feed = $$"""[ { "id": "A-1", "price": {{price}} } ]""";

        FeedText.Reading(feed, FeedFormat.Json).Should().Throw<FeedFormatException>()
            .WithMessage("item 1: price * is not an amount with an optional ISO 4217 currency*");
    }

    [Fact]
    public void A_price_currency_that_contradicts_the_currency_field_is_an_error()
    {
        const string feed = """[ { "id": "A-1", "price": "15.00 USD", "currency": "EUR" } ]""";

        FeedText.Reading(feed, FeedFormat.Json).Should().Throw<FeedFormatException>()
            .WithMessage("item 1: price \"15.00 USD\" is in USD but currency says EUR.");
    }

    [Fact]
    public void A_known_field_that_is_an_object_is_an_error()
    {
        const string feed = """[ { "id": "A-1", "title": { "en": "Shirt" } } ]""";

        FeedText.Reading(feed, FeedFormat.Json).Should().Throw<FeedFormatException>()
            .WithMessage("item 1: title must be text or a number, not an object.");
    }

    [Fact]
    public void Malformed_json_is_an_error_saying_where()
    {
        const string feed = "[\n  { \"id\": \"A-1\" },\n  { \"id\": \"A-2\" \n]";

        FeedText.Reading(feed, FeedFormat.Json).Should().Throw<FeedFormatException>()
            .WithMessage("The JSON is malformed at line 4*");
    }

    [Theory]
    [InlineData("""{ "items": [] }""", "an object")]
    [InlineData("\"A-1\"", "a string")]
    public void A_json_feed_that_is_no_product_list_is_an_error(string feed, string kind)
    {
        FeedText.Reading(feed, FeedFormat.Json).Should().Throw<FeedFormatException>()
            .WithMessage($"A JSON feed is an array of products or an object with a \"products\" array, not {kind}.");
    }

    [Fact]
    public void A_json_product_that_is_no_object_is_an_error_naming_the_item()
    {
        FeedText.Reading("""[ { "id": "A-1" }, "A-2" ]""", FeedFormat.Json).Should().Throw<FeedFormatException>()
            .WithMessage("item 2 is a string, not an object.");
    }
}
