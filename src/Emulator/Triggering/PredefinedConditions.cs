using System.Globalization;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Triggering;

/// <summary>
/// Engage's predefined conditions, checked for every matched subscription before any automation's own:
/// the quantity is over 0, a product feed exists for the subscription's locale, and the SKU is in it
/// (the email is made from the feed's product). A subscription of Centra's flow for Klaviyo shops needs
/// Centra's minimum stock level instead of any stock: Centra passes no smaller level on.
/// </summary>
internal static class PredefinedConditions
{
    private const string Scope = "predefined";

    /// <summary>Each condition's verdict; the automations are checked only when all pass.</summary>
    public static List<ConditionResult> Check(int quantity, Subscription subscription, Feed? feed, Product? product, int centraMinimumStock) =>
    [
        subscription.Source == SubscriptionSource.CentraKlaviyo
            ? new(Scope, $"Centra minimum stock: quantity >= {centraMinimumStock}", AtCentraMinimum(quantity, centraMinimumStock), $"quantity is {quantity}")
            : new(Scope, "quantity > 0", InStock(quantity), $"quantity is {quantity}"),
        new(Scope, "feed exists for locale", feed is not null, feed is null ? $"no product feed for {subscription.Locale}" : $"feed {feed.Locale} ({feed.ProductCount} products)"),
        new(Scope, "sku in feed", product is not null, product is null ? $"{subscription.Sku} is not in the {subscription.Locale} feed" : $"\"{product.Title}\""),
    ];

    public static bool InStock(int quantity) => quantity > 0;

    /// <summary>A minimum of 0 or 1 (or a negative one) still needs stock: Centra never reports an empty shelf as back in stock.</summary>
    public static bool AtCentraMinimum(int quantity, int minimum) => InStock(quantity) && quantity >= minimum;

    public static RuleWarning? OutOfStock(int quantity) =>
        InStock(quantity)
            ? null
            : new(".quantity", "QuantityNeverTriggers", string.Create(CultureInfo.InvariantCulture, $"A quantity of {quantity} only records the level: the trigger needs a quantity over 0."));

    /// <summary>The feed conditions for a SKU in a locale, before any subscription: the locale's feed (null if none) and the SKU's product in it.</summary>
    public static RuleWarning? NotInFeed(string sku, string locale, Feed? feed, Product? product) =>
        feed is null ? new(".locale", "LocaleWithoutFeed", $"No product feed exists for {locale}; subscriptions in that locale cannot trigger.")
        : product is null ? new(".sku", "SkuNotInFeed", $"{sku} is not in the {feed.Locale} product feed; Engage cannot send an email for it.")
        : null;

    /// <summary>The feed conditions for a SKU in no particular locale: it has to be in some feed.</summary>
    public static RuleWarning InNoFeed(string sku) => new(".sku", "SkuInNoFeed", $"{sku} is in no product feed, so no subscription to it can trigger.");
}
