using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Klaviyo;

namespace BackInStock.Emulator.Tests.Klaviyo;

/// <summary>The edges of Centra's and Klaviyo's id formats: what reads back, what is refused, and exact round trips.</summary>
public sealed class IdFormatTests
{
    [Theory]
    [InlineData("1-2")]
    [InlineData("123456789012345678-987654321098765432")] // 18 digits each, the most
    public void An_item_reads_back_to_the_same_text(string text)
    {
        CentraItem.TryParse(text, out var item).Should().BeTrue();

        item!.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("1234567890123456789-1")] // 19 digits
    [InlineData("1-1234567890123456789")]
    [InlineData("-1")]
    [InlineData("1-2a")]
    [InlineData("1a-2")]
    [InlineData("１-2")] // full-width digit
    [InlineData(null)]
    public void An_item_id_is_one_to_eighteen_ascii_digits(string? text)
    {
        CentraItem.TryParse(text, out var item).Should().BeFalse();
        item.Should().BeNull();
    }

    [Theory]
    [InlineData("se", "", "SE", null, "SE_00", "SE")]
    [InlineData("SE", "00", "SE", null, "SE_00", "SE")]
    [InlineData("us", "ny", "US", "NY", "US_NY", "US-NY")]
    [InlineData("IN", "ap1", "IN", "AP1", "IN_AP1", "IN-AP1")]
    public void A_ship_to_location_is_normalized(string country, string? state, string expectedCountry, string? expectedState, string idPart, string market)
    {
        ShipTo.TryCreate(country, state, out var shipTo).Should().BeTrue();

        shipTo.Should().Be(new ShipTo(expectedCountry, expectedState));
        shipTo!.IdPart.Should().Be(idPart);
        shipTo.Market.Should().Be(market);
    }

    [Theory]
    [InlineData("S", null)]
    [InlineData("SWE", null)]
    [InlineData("S1", null)]
    [InlineData(null, null)]
    [InlineData("US", "ABCD")]
    [InlineData("US", "N-Y")]
    [InlineData("US", "Ñ")]
    public void A_country_is_two_letters_and_a_state_up_to_three_letters_or_digits(string? country, string? state)
    {
        ShipTo.TryCreate(country, state, out var shipTo).Should().BeFalse();
        shipTo.Should().BeNull();
    }

    [Theory]
    [InlineData("SE")]
    [InlineData("US-NY")]
    [InlineData("IN-AP1")]
    public void A_market_reads_back_to_the_same_text(string market)
    {
        ShipTo.TryParseMarket(market, out var shipTo).Should().BeTrue();

        shipTo!.Market.Should().Be(market);
    }

    [Theory]
    [InlineData("US-ny")]
    [InlineData("US-")]
    [InlineData("US-NY-X")]
    [InlineData("S1")]
    [InlineData("SWE")]
    [InlineData("")]
    [InlineData(null)]
    public void Only_the_exact_iso_spelling_is_a_market(string? market)
    {
        ShipTo.TryParseMarket(market, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("12366_SE_00_x1")] // a size that is not an id
    [InlineData("12366_SEE_00_23400")] // not a country
    [InlineData("12366_S1_00_23400")]
    [InlineData("12366_SE_ny_23400")] // a state in lower case is not Centra's spelling
    [InlineData("12366_SE__23400")] // no state is 00
    [InlineData("12366_SE_ABCD_23400")]
    [InlineData("12366_SE_00_23400_1")]
    [InlineData(null)]
    public void A_variant_id_is_refused_unless_it_is_centras_exact_spelling(string? id)
    {
        BackInStockVariant.TryParse(id, out var variant).Should().BeFalse();
        variant.Should().BeNull();
    }

    [Fact]
    public void A_variant_prints_as_its_variant_id_and_its_catalog_id_reads_back()
    {
        var variant = new BackInStockVariant(new CentraItem("1", "2"), new ShipTo("US", "NY"));

        variant.ToString().Should().Be("1_US_NY_2");
        CatalogVariantId.TryParse(variant.CatalogVariantId.ToString(), out var id).Should().BeTrue();
        id.Should().Be(new CatalogVariantId("$custom", "$default", "1_US_NY_2"));
    }

    [Theory]
    [InlineData("$custom::: :::1_SE_00_2")]
    [InlineData(" :::$default:::1_SE_00_2")]
    [InlineData("$custom:::$default:::1:::2")]
    [InlineData("")]
    [InlineData(null)]
    public void A_catalog_variant_id_has_three_parts_none_blank(string? text)
    {
        CatalogVariantId.TryParse(text, out var id).Should().BeFalse();
        id.Should().BeNull();
    }

    [Fact]
    public void Any_three_parts_read_back_exactly()
    {
        CatalogVariantId.TryParse("a:::b:::c", out var id).Should().BeTrue();

        id.Should().Be(new CatalogVariantId("a", "b", "c"));
        id!.ToString().Should().Be("a:::b:::c");
    }
}
