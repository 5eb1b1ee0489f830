namespace BackInStock.Emulator.Lookups;

/// <summary>
/// A tenant's stores and consents when none are configured: a web shop per demo-catalog market and a
/// closed physical store (listed only with includeInactive), and the two consents a sign-up form asks for.
/// </summary>
internal static class DemoLookups
{
    public static IReadOnlyList<EngageStore> Stores { get; } =
    [
        new() { ExternalId = "ECOM-SE", Name = "Webshop Sverige", Type = "ECOM", CountryCode = "SE", Homepage = "https://shop.example/sv-se", TimeZone = "Europe/Stockholm" },
        new() { ExternalId = "ECOM-US", Name = "Webshop United States", Type = "ECOM", CountryCode = "US", Homepage = "https://shop.example/en-us", TimeZone = "America/New_York" },
        new() { ExternalId = "ECOM-DE", Name = "Webshop Deutschland", Type = "ECOM", CountryCode = "DE", Homepage = "https://shop.example/de-de", TimeZone = "Europe/Berlin" },
        new() { ExternalId = "ECOM-PL", Name = "Webshop Polska", Type = "ECOM", CountryCode = "PL", Homepage = "https://shop.example/pl-pl", TimeZone = "Europe/Warsaw" },
        new() { ExternalId = "010", Name = "Drottninggatan", Type = "RETAIL", CountryCode = "SE", City = "Stockholm", Street = "Drottninggatan 1", ZipCode = "111 51", TimeZone = "Europe/Stockholm", Active = false },
    ];

    public static IReadOnlyList<ConsentDefinition> Consents { get; } =
    [
        new()
        {
            Id = "memberConsent",
            Name = "Member terms",
            DisplayText = new() { ["sv-SE"] = "Jag godkänner medlemsvillkoren", ["en-GB"] = "I accept the membership terms" },
            LinkText = new() { ["sv-SE"] = "Läs medlemsvillkoren", ["en-GB"] = "Read the membership terms" },
            ConditionText = new() { ["sv-SE"] = "<p>Medlemsvillkor (demo).</p>", ["en-GB"] = "<p>Membership terms (demo).</p>" },
        },
        new()
        {
            Id = "backInStockConsent",
            Name = "Back-in-stock emails",
            DisplayText = new() { ["sv-SE"] = "Meddela mig när varan finns i lager igen", ["en-GB"] = "Email me when the item is back in stock" },
            LinkText = new() { ["sv-SE"] = "Så behandlar vi dina uppgifter", ["en-GB"] = "How we handle your data" },
            ConditionText = new() { ["sv-SE"] = "<p>Vi mejlar dig en gång när varan är tillbaka (demo).</p>", ["en-GB"] = "<p>We email you once when the item is back (demo).</p>" },
        },
    ];
}
