using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Centra;

namespace BackInStock.Emulator.Tests.Klaviyo;

/// <summary>Which feed a Klaviyo shopper's product data comes from: language in the ship-to country, then the country, then the language, then any.</summary>
public sealed class CentraOfferChoiceTests
{
    private static CentraOffer Offer(string locale) =>
        new(locale, new Product("BIS-1", $"Product ({locale})", 1m, "SEK", null, null, null, new Dictionary<string, string>()));

    private static readonly IReadOnlyList<CentraOffer> Offers = [Offer("en-US"), Offer("sv-FI"), Offer("fi-FI"), Offer("de-DE")];

    [Theory]
    [InlineData("fi", "FI", "fi-FI")] // the shopper's language in the ship-to country
    [InlineData("FI", "FI", "fi-FI")] // languages compare ignoring case
    [InlineData("sv", "FI", "sv-FI")]
    [InlineData("de", "FI", "sv-FI")] // no German in Finland: the first locale of the country
    [InlineData(null, "FI", "sv-FI")] // no language given: the country decides
    [InlineData("de", "SE", "de-DE")] // no locale for the country: the language anywhere
    [InlineData("DE", "SE", "de-DE")]
    [InlineData("pl", "SE", "en-US")] // neither: the first feed holding the item
    [InlineData(null, "SE", "en-US")]
    public void The_offer_follows_language_then_country(string? language, string country, string chosen)
    {
        CentraCatalog.Choose(Offers, language, country).Locale.Should().Be(chosen);
    }

    [Fact]
    public void The_country_is_compared_exactly_as_a_ship_to_code()
    {
        CentraCatalog.Choose([Offer("en-US"), Offer("fi-FI")], null, "fi").Locale.Should().Be("en-US", "ship-to countries are upper-case ISO codes");
    }
}
