using System.Text;
using BackInStock.Emulator.Catalog;

namespace BackInStock.Emulator.Tests.Catalog;

public sealed class DelimitedFeedTests
{
    [Fact]
    public void A_csv_feed_yields_a_product_per_line()
    {
        const string feed = """
            id,title,price,currency,image_link,link,availability,brand,color
            BIS-10001-M,Koszulka z bawełny,89.99,PLN,https://shop.example.com/images/BIS-10001-M.jpg,https://shop.example.com/pl-pl/p/BIS-10001-M,in_stock,Voyado Wear,granatowy
            BIS-10002-L,Sweter,,,,,out_of_stock,,
            """;

        var products = FeedText.Read(feed, FeedFormat.Csv);

        products.Should().BeEquivalentTo(
            [
                new Product(
                    "BIS-10001-M",
                    "Koszulka z bawełny",
                    89.99m,
                    "PLN",
                    "https://shop.example.com/images/BIS-10001-M.jpg",
                    "https://shop.example.com/pl-pl/p/BIS-10001-M",
                    "in_stock",
                    new Dictionary<string, string> { ["brand"] = "Voyado Wear", ["color"] = "granatowy" }),
                new Product("BIS-10002-L", "Sweter", null, null, null, null, "out_of_stock", new Dictionary<string, string>()),
            ],
            options => options.WithStrictOrdering());
    }

    [Fact]
    public void Quoted_csv_values_hold_commas_doubled_quotes_and_newlines()
    {
        const string feed = "sku,title,description\r\n"
            + "A-1,\"Shirt, slim fit\",\"The \"\"Oxford\"\" shirt.\r\nIroned.\"\r\n"
            + "\"A-2\",\"\",plain\r\n";

        var products = FeedText.Read(feed, FeedFormat.Csv);

        products.Select(p => p.Sku).Should().Equal("A-1", "A-2");
        products[0].Title.Should().Be("Shirt, slim fit");
        products[0].Attributes["description"].Should().Be("The \"Oxford\" shirt.\r\nIroned.");
        products[1].Title.Should().BeEmpty();
    }

    [Fact]
    public void A_csv_error_after_a_value_spanning_lines_names_the_right_line()
    {
        const string feed = "sku,description\nA-1,\"one\ntwo\nthree\"\n,missing sku\n";

        FeedText.Reading(feed, FeedFormat.Csv).Should().Throw<FeedFormatException>()
            .WithMessage("line 5 has no id*");
    }

    [Fact]
    public void A_tab_separated_feed_is_read_when_its_header_has_tabs_and_no_commas()
    {
        const string feed = "id\ttitle\tprice\tavailability\n"
            + "TV_123456\tLG 22LB4510 - 22\" LED TV, 1080p\t159.00 USD\tin_stock\n";

        var product = FeedText.Read(feed, FeedFormat.Csv).Should().ContainSingle().Subject;

        product.Sku.Should().Be("TV_123456");
        product.Title.Should().Be("LG 22LB4510 - 22\" LED TV, 1080p");
        product.Price.Should().Be(159.00m);
        product.Currency.Should().Be("USD");
        product.Availability.Should().Be("in_stock");
    }

    [Fact]
    public void Spreadsheet_headers_with_spaces_a_byte_order_mark_and_blank_lines_are_understood()
    {
        var feed = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("ID,Image Link,Title\n\nA-1,https://shop.example.com/a.jpg,A\n\n")).ToArray();
        using var content = new MemoryStream(feed);

        var product = FeedReader.Read(content, FeedFormat.Csv).Should().ContainSingle().Subject;

        product.Sku.Should().Be("A-1");
        product.ImageUrl.Should().Be("https://shop.example.com/a.jpg");
        product.Attributes.Should().BeEmpty();
    }

    [Fact]
    public void A_csv_header_without_products_is_an_empty_feed()
    {
        FeedText.Read("id,title,price\n", FeedFormat.Csv).Should().BeEmpty();
    }

    [Fact]
    public void An_empty_csv_feed_is_an_error()
    {
        FeedText.Reading("\n\n", FeedFormat.Csv).Should().Throw<FeedFormatException>()
            .WithMessage("The feed is empty*header*");
    }

    [Fact]
    public void A_csv_line_with_more_values_than_the_header_is_an_error()
    {
        FeedText.Reading("id,title\nA-1,Shirt, slim fit\n", FeedFormat.Csv).Should().Throw<FeedFormatException>()
            .WithMessage("line 2 has 3 values but the header names 2 columns.");
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_naming_its_line()
    {
        FeedText.Reading("id,title\nA-1,Shirt\nA-2,\"Sweater\nA-3,Coat\n", FeedFormat.Csv).Should().Throw<FeedFormatException>()
            .WithMessage("line 3: a quoted value is never closed.");
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        FeedText.Reading("id,title\nA-1,\"Shirt\" slim\n", FeedFormat.Csv).Should().Throw<FeedFormatException>()
            .WithMessage("line 2: ' ' follows a quoted value*");
    }

    [Theory]
    [InlineData("id,,title\n", "line 1: column 2 of the header has no name.")]
    [InlineData("id,Title,title\n", "line 1: the header names column \"title\" twice.")]
    public void A_bad_csv_header_is_an_error(string feed, string message)
    {
        FeedText.Reading(feed, FeedFormat.Csv).Should().Throw<FeedFormatException>().WithMessage(message);
    }
}
