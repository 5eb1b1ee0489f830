using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Receipts;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>
/// One subscription, stock-level item, product and contact for deciding a single custom condition without a store:
/// Ada in Sweden (sv-SE, market SE-1) waits for SKU-1, an Acme product at 499 SEK, and accepts email.
/// </summary>
internal static class ConditionContext
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public static Subscription Subscription(string sku = "SKU-1", string locale = "sv-SE", string? externalId = "SE-1") =>
        new(Guid.Parse("0194b7a0-0000-7000-8000-00000000000a"), Guid.Parse("0194b7a0-0000-7000-8000-00000000000b"), sku, locale, externalId, Now.AddDays(-3));

    public static Product Product(decimal? price = 499m) => new(
        "SKU-1", "Trail shoe", price, "SEK", "https://shop.example.com/img/1.jpg", "https://shop.example.com/p/1", "out_of_stock",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["brand"] = "Acme", ["color"] = "", ["weight"] = "1.5" });

    public static Contact Contact(bool acceptsEmail = true) =>
        new(Guid.Parse("0194b7a0-0000-7000-8000-00000000000b"), "ada@example.com", "Ada", "Lovelace", "sv", "SE", acceptsEmail, "Member", Now.AddDays(-30));

    public static TriggerContext For(
        int quantity = 5, Subscription? subscription = null, Product? product = null, Contact? contact = null, bool noContact = false, IReadOnlyList<Receipt>? receipts = null) =>
        new(
            subscription ?? Subscription(),
            new StockLevelItem((subscription ?? Subscription()).Sku, quantity, "sv-SE", null),
            product ?? Product(),
            noContact ? null : contact ?? Contact(),
            () => receipts ?? [],
            Now);

    public static (bool Passed, string Detail) Decide(AutomationCondition condition, TriggerContext? context = null) =>
        ConditionEvaluator.Evaluate(condition, context ?? For());

    public static bool Passes(ConditionType type, string op, string? field = null, params string[] values) =>
        Decide(new AutomationCondition(type, op, field, values)).Passed;
}
