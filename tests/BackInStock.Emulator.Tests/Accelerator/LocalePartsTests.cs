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
