namespace BackInStock.Emulator.Accelerator;

/// <summary>
/// The accelerator derives the contact's language and country from the subscription's locale, as
/// Voyado's partner page shows: "en-US" gives lang "en" and countryCode "US".
/// </summary>
public static class LocaleParts
{
    public static (string Lang, string? CountryCode) Split(string locale)
    {
        var parts = locale.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var lang = parts[0].ToLowerInvariant();

        // The region is the last two-letter subtag (sr-Latn-RS has a script in between).
        var country = parts.Skip(1).LastOrDefault(p => p.Length == 2 && p.All(char.IsAsciiLetter));
        return (lang, country?.ToUpperInvariant());
    }
}
