using BackInStock.Emulator.Accelerator;

namespace BackInStock.Emulator.Tests.Accelerator;

public sealed class LocalePartsTests
{
    [Theory]
    [InlineData("en-US", "en", "US")]
    [InlineData("sv-SE", "sv", "SE")]
    [InlineData("pl-pl", "pl", "PL")]
    [InlineData("de-DE", "de", "DE")]
    [InlineData("sr-Latn-RS", "sr", "RS")]
    [InlineData("fi", "fi", null)]
    public void The_language_and_country_come_from_the_locale(string locale, string lang, string? country)
    {
        LocaleParts.Split(locale).Should().Be((lang, country));
    }
}

public sealed class LocalePartsEdgeTests
{
    [Theory]
    [InlineData("EN-us", "en", "US")]
    [InlineData("zh-Hant", "zh", null)] // a script is not a country
    [InlineData("es-419", "es", null)] // a numeric region is not a country code
    [InlineData("en-U1", "en", null)]
    [InlineData("gsw-CH", "gsw", "CH")]
    public void Only_a_two_letter_subtag_after_the_language_is_the_country(string locale, string lang, string? country)
    {
        LocaleParts.Split(locale).Should().Be((lang, country));
    }
}
