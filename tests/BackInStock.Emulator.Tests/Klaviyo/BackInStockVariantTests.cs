using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Klaviyo;

namespace BackInStock.Emulator.Tests.Klaviyo;

public sealed class BackInStockVariantTests
{
    [Fact]
    public void The_pages_item_and_ship_to_give_the_pages_product_and_variant_ids()
    {
        CentraItem.TryParse("12366-23400", out var item).Should().BeTrue();
        ShipTo.TryCreate("SE", null, out var shipTo).Should().BeTrue();

        var variant = new BackInStockVariant(item!, shipTo!);

        variant.ProductId.Should().Be("12366_SE_00");
        variant.VariantId.Should().Be("12366_SE_00_23400");
        variant.CatalogVariantId.ToString().Should().Be("$custom:::$default:::12366_SE_00_23400");
        variant.ShipTo.Market.Should().Be("SE");
    }

    [Fact]
    public void A_state_replaces_the_00_placeholder_and_joins_the_market()
    {
        ShipTo.TryCreate("us", "ny", out var shipTo).Should().BeTrue();

        var variant = new BackInStockVariant(new CentraItem("12366", "23400"), shipTo!);

        variant.VariantId.Should().Be("12366_US_NY_23400");
        variant.ShipTo.Market.Should().Be("US-NY");
    }

    [Theory]
    [InlineData("12366_SE_00_23400", "12366", "SE", null, "23400")]
    [InlineData("12366_US_NY_23400", "12366", "US", "NY", "23400")]
    public void A_variant_id_reads_back_into_its_parts(string id, string displayItem, string country, string? state, string size)
    {
        BackInStockVariant.TryParse(id, out var variant).Should().BeTrue();

        variant!.Should().Be(new BackInStockVariant(new CentraItem(displayItem, size), new ShipTo(country, state)));
        variant!.VariantId.Should().Be(id);
    }

    [Theory]
    [InlineData("12366_SE_23400")]
    [InlineData("12366_se_00_23400")]
    [InlineData("12366_SE_00_")]
    [InlineData("abc_SE_00_23400")]
    [InlineData("12366-23400")]
    [InlineData("")]
    public void Anything_else_is_not_a_variant_id(string id)
    {
        BackInStockVariant.TryParse(id, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("12366")]
    [InlineData("12366-")]
    [InlineData("12366-23400-1")]
    [InlineData("a-b")]
    public void An_item_is_two_numeric_ids_joined_by_a_hyphen(string text)
    {
        CentraItem.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_catalog_variant_id_has_three_parts_joined_by_three_colons()
    {
        CatalogVariantId.TryParse("$custom:::$default:::12366_SE_00_23400", out var id).Should().BeTrue();
        id.Should().Be(new CatalogVariantId("$custom", "$default", "12366_SE_00_23400"));

        CatalogVariantId.TryParse("12366_SE_00_23400", out _).Should().BeFalse();
        CatalogVariantId.TryParse("$custom::$default::12366", out _).Should().BeFalse();
        CatalogVariantId.TryParse("$custom:::$default:::", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("SE", true)]
    [InlineData("US-NY", true)]
    [InlineData("4", false)]
    [InlineData("se", false)]
    [InlineData("SE-00", false)]
    public void Only_iso_markets_read_back_as_ship_to_locations(string market, bool expected)
    {
        ShipTo.TryParseMarket(market, out _).Should().Be(expected);
    }
}
