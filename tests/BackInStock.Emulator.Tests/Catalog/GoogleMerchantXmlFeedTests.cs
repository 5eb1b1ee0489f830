using BackInStock.Emulator.Catalog;

namespace BackInStock.Emulator.Tests.Catalog;

public sealed class GoogleMerchantXmlFeedTests
{
    private const string SwedishFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
          <channel>
            <title>Exempelbutiken</title>
            <link>https://shop.example.com/sv-se</link>
            <description>Exempelbutikens produkter på svenska</description>
            <item>
              <g:id>AD_0397_V_685_006_66</g:id>
              <title>Sneaker Classic, vit</title>
              <description>Klassisk sneaker i skinn.</description>
              <link>https://shop.example.com/sv-se/p/AD_0397_V_685_006_66</link>
              <g:image_link>https://shop.example.com/images/AD_0397_V_685_006_66.jpg</g:image_link>
              <g:condition>new</g:condition>
              <g:availability>out_of_stock</g:availability>
              <g:price>1299.00 SEK</g:price>
              <g:shipping>
                <g:country>SE</g:country>
                <g:service>Standard</g:service>
                <g:price>49.00 SEK</g:price>
              </g:shipping>
              <g:brand>Voyado Wear</g:brand>
              <g:gtin>7350000000012</g:gtin>
              <g:google_product_category>Apparel &amp; Accessories &gt; Shoes</g:google_product_category>
              <g:color>vit</g:color>
              <g:size>42</g:size>
            </item>
            <item>
              <g:id>TSHIRT-1</g:id>
              <g:title>T-shirt i bomull</g:title>
              <g:link>https://shop.example.com/sv-se/p/TSHIRT-1</g:link>
              <g:price>199 SEK</g:price>
              <g:availability>in_stock</g:availability>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void A_google_merchant_xml_feed_yields_its_items()
    {
        var products = FeedText.Read(SwedishFeed, FeedFormat.Xml);

        products.Should().BeEquivalentTo(
            [
                new Product(
                    "AD_0397_V_685_006_66",
                    "Sneaker Classic, vit",
                    1299.00m,
                    "SEK",
                    "https://shop.example.com/images/AD_0397_V_685_006_66.jpg",
                    "https://shop.example.com/sv-se/p/AD_0397_V_685_006_66",
                    "out_of_stock",
                    new Dictionary<string, string>
                    {
                        ["description"] = "Klassisk sneaker i skinn.",
                        ["condition"] = "new",
                        ["brand"] = "Voyado Wear",
                        ["gtin"] = "7350000000012",
                        ["google_product_category"] = "Apparel & Accessories > Shoes",
                        ["color"] = "vit",
                        ["size"] = "42",
                    }),
                new Product(
                    "TSHIRT-1",
                    "T-shirt i bomull",
                    199m,
                    "SEK",
                    null,
                    "https://shop.example.com/sv-se/p/TSHIRT-1",
                    "in_stock",
                    new Dictionary<string, string>()),
            ]);
        products.Select(p => p.Sku).Should().Equal("AD_0397_V_685_006_66", "TSHIRT-1");
    }

    [Fact]
    public void An_atom_feed_with_google_fields_yields_its_entries()
    {
        const string feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="http://base.google.com/ns/1.0">
              <title>Example Store</title>
              <link rel="self" href="https://shop.example.com"/>
              <updated>2026-11-23T12:00:00Z</updated>
              <entry>
                <id>tag:shop.example.com,2026:TV_123456</id>
                <title>LG 22LB4510 - 22" LED TV - 1080p</title>
                <link rel="alternate" href="https://shop.example.com/en-us/p/TV_123456"/>
                <summary>Full HD television.</summary>
                <g:id>TV_123456</g:id>
                <g:price>159.00 USD</g:price>
                <g:availability>in_stock</g:availability>
                <g:brand>LG</g:brand>
              </entry>
            </feed>
            """;

        var product = FeedText.Read(feed, FeedFormat.Xml).Should().ContainSingle().Subject;

        product.Sku.Should().Be("TV_123456");
        product.Title.Should().Be("LG 22LB4510 - 22\" LED TV - 1080p");
        product.Link.Should().Be("https://shop.example.com/en-us/p/TV_123456");
        product.Price.Should().Be(159.00m);
        product.Currency.Should().Be("USD");
        product.Attributes.Should().BeEquivalentTo(new Dictionary<string, string> { ["summary"] = "Full HD television.", ["brand"] = "LG" });
    }

    [Fact]
    public void A_g_field_wins_over_a_plain_field_of_the_same_name()
    {
        const string feed = """
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
              <item><title>Plain title</title><g:title>Google title</g:title><g:id>A-1</g:id></item>
            </channel></rss>
            """;

        FeedText.Read(feed, FeedFormat.Xml).Single().Title.Should().Be("Google title");
    }

    [Fact]
    public void An_xml_item_without_an_id_is_an_error_naming_the_item_and_its_line()
    {
        const string feed = """
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
              <item><g:id>A-1</g:id><title>First</title></item>
              <item><title>Second, without an id</title></item>
            </channel></rss>
            """;

        FeedText.Reading(feed, FeedFormat.Xml).Should().Throw<FeedFormatException>()
            .WithMessage("item 2 (line 3) has no id*");
    }

    [Fact]
    public void An_xml_item_with_a_bad_price_is_an_error_naming_the_item_and_the_price()
    {
        const string feed = """
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
              <item><g:id>A-1</g:id><g:price>fifteen USD</g:price></item>
            </channel></rss>
            """;

        FeedText.Reading(feed, FeedFormat.Xml).Should().Throw<FeedFormatException>()
            .WithMessage("item 1 (line 2): price \"fifteen USD\" is not an amount*");
    }

    [Fact]
    public void Malformed_xml_is_an_error_saying_where()
    {
        const string feed = """
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
              <item><g:id>A-1</g:id></itme>
            </channel></rss>
            """;

        FeedText.Reading(feed, FeedFormat.Xml).Should().Throw<FeedFormatException>()
            .WithMessage("The XML is malformed*Line 2*");
    }

    [Fact]
    public void An_xml_feed_with_a_dtd_is_refused_rather_than_expanding_its_entities()
    {
        const string feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
              <item><g:id>A-1</g:id><title>&secret;</title></item>
            </channel></rss>
            """;

        FeedText.Reading(feed, FeedFormat.Xml).Should().Throw<FeedFormatException>()
            .WithMessage("*DTD*");
    }

    [Fact]
    public void An_xml_document_that_is_no_feed_is_an_error_naming_its_root()
    {
        FeedText.Reading("<products><product id=\"A-1\"/></products>", FeedFormat.Xml).Should().Throw<FeedFormatException>()
            .WithMessage("*<products>*RSS 2.0*Atom 1.0*");
    }
}
