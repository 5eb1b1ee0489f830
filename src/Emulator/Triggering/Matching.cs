using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Triggering;

/// <summary>
/// Which subscriptions a stock-level item reaches (Engage's developer page, "Back in stock" §4): the SKU
/// always, compared exactly; the locale if the item gives one, case-insensitively; the externalId if it
/// gives one, exactly. Neither given is the page's case 3: every subscription to the SKU in every locale.
/// </summary>
internal static class Matching
{
    /// <summary>The subscriptions the item matches, oldest first.</summary>
    public static IEnumerable<Subscription> Subscriptions(IStoreSession session, StockLevelItem item) =>
        session.SubscriptionsForSku(item.Sku).Where(s => Matches(item, s));

    // Stryker disable once String : only the message is ever shown (the log); the advisor leaves this finding out, so its field and code are never read.
    public static RuleWarning NoneMatched { get; } = new("", "NoMatch", "No subscription matched this item.");

    /// <summary>Case 3 is rarely what a sender means, so it is pointed out.</summary>
    public static RuleWarning? EveryLocale(StockLevelItem item) =>
        item.Locale is null && item.ExternalId is null
            ? new("", "NoLocaleOrExternalId", "Neither locale nor externalId: the item matches every subscription to the SKU in every locale (case 3).")
            : null;

    /// <summary>Why the item would match none of the subscriptions waiting for its SKU, when one reason explains it.</summary>
    public static RuleWarning? WhyNone(IStoreSession session, StockLevelItem item)
    {
        var waiting = session.SubscriptionsForSku(item.Sku);
        if (waiting.Count == 0)
        {
            return new(".sku", "NoSubscriptions", $"No subscription waits for {item.Sku}; the level is recorded and nothing is sent.");
        }

        if (item.ExternalId is not null && !waiting.Any(s => s.ExternalId == item.ExternalId))
        {
            return new(".externalId", "ExternalIdUnused", $"No subscription to {item.Sku} uses externalId {item.ExternalId} (compared exactly), so the item matches none.");
        }

        return item.Locale is not null && !waiting.Any(s => Locales.Equal(s.Locale, item.Locale))
            ? new(".locale", "LocaleUnused", $"The subscriptions to {item.Sku} are in other locales than {item.Locale}, so the item matches none.")
            : null;
    }

    private static bool Matches(StockLevelItem item, Subscription subscription) =>
        (item.Locale is null || Locales.Equal(subscription.Locale, item.Locale))
        && (item.ExternalId is null || subscription.ExternalId == item.ExternalId);
}
