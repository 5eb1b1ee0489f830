using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Automations;

/// <summary>A plausible subscription, contact and product for trying a template out before it is stored; every field a template can name has a value.</summary>
internal static class SampleContext
{
    private static readonly DateTimeOffset At = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public static TriggerContext For(string locale) => new(
        new Subscription(Guid.Parse("0194b7a0-0000-7000-8000-000000000001"), Guid.Parse("0194b7a0-0000-7000-8000-000000000002"), "SAMPLE-SKU-1", locale, "SE", At),
        new StockLevelItem("SAMPLE-SKU-1", 12, locale, "SE"),
        new Product(
            "SAMPLE-SKU-1", "Sample product", 499m, "SEK", "https://shop.example.com/images/sample.jpg", "https://shop.example.com/products/sample", "in_stock",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["brand"] = "Sample brand", ["color"] = "Black", ["size"] = "M" }),
        new Contact(Guid.Parse("0194b7a0-0000-7000-8000-000000000002"), "sample.shopper@example.com", "Sam", "Shopper", "en", "US", true, "Member", At),
        () => [],
        At);
}
