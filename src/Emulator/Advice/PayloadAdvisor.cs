using System.Globalization;
using System.Text.RegularExpressions;
using BackInStock.Emulator.Automations;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Advice;

/// <summary>
/// Explains what a payload will do against this tenant's current state before it is sent: the
/// back-in-stock rules that would make it do nothing, or more than its sender meant. Read-only.
/// </summary>
public sealed partial class PayloadAdvisor(IEmulatorStore store, AutomationService automations)
{
    /// <summary>
    /// Warnings for a stock-level update (Engage developer docs, "Back in stock" §4 and the trigger's
    /// conditions). A null item (one the contract refused) keeps its index but draws no advice.
    /// </summary>
    public IReadOnlyList<Advice> StockLevels(IReadOnlyList<StockLevelItem?> items)
    {
        var enabled = automations.List().Where(a => a.Enabled).ToList();
        return store.Read(session =>
        {
            var advice = new List<Advice>();
            if (enabled.Count == 0 && items.Count > 0)
            {
                advice.Add(new("$", "NoEnabledAutomation", "No automation is enabled, so no item can send an email."));
            }

            var seen = new Dictionary<(string Sku, string? Locale, string? ExternalId), int>();
            for (var index = 0; index < items.Count; index++)
            {
                if (items[index] is not { } item)
                {
                    continue;
                }

                var at = string.Create(CultureInfo.InvariantCulture, $"$[{index}]");
                var key = (item.Sku, item.Locale is null ? null : Locales.Key(item.Locale), item.ExternalId);
                if (seen.TryGetValue(key, out var first))
                {
                    advice.Add(new(at, "RepeatedItem", string.Create(CultureInfo.InvariantCulture, $"Repeats item {first} (same sku, locale and externalId); items run in order, so the later quantity is the level kept.")));
                }
                else
                {
                    seen[key] = index;
                }

                Quantity(item, at, enabled, advice);
                Catalog(session, item.Sku, item.Locale, at, advice);
                Matching(session, item, at, advice);
            }

            return advice;
        });
    }

    /// <summary>Warnings for subscribing a contact by id (the v3 subscription route).</summary>
    public IReadOnlyList<Advice> Subscription(NewSubscription request) => store.Read(session =>
    {
        var advice = new List<Advice>();
        if (session.FindContact(request.ContactId) is null)
        {
            advice.Add(new("$.contactId", "ContactNotFound", $"No contact {request.ContactId} exists; the call would answer 404."));
        }
        else if (session.SubscriptionsOf(request.ContactId, request.Sku).Any(s => Locales.Equal(s.Locale, request.Locale) && s.ExternalId == request.ExternalId))
        {
            advice.Add(new("$", "AlreadySubscribed", "The contact already waits for this sku, locale and externalId; the call would answer the existing subscription."));
        }

        Catalog(session, request.Sku, request.Locale, "$", advice);
        return advice;
    });

    /// <summary>Warnings for the Centra accelerator's subscribe body (email, sku, locale, Market ID).</summary>
    public IReadOnlyList<Advice> StorefrontSubscription(string email, string sku, string locale, string externalId) => store.Read(session =>
    {
        var advice = new List<Advice>();
        var contact = session.FindContactByEmail(email);
        if (contact is null)
        {
            advice.Add(new("$.email", "ContactWillBeCreated", $"No contact has {email}; one would be created from the email, locale and acceptemail."));
        }
        else if (session.SubscriptionsOf(contact.Id, sku).Any(s => Locales.Equal(s.Locale, locale) && s.ExternalId == externalId))
        {
            advice.Add(new("$", "AlreadySubscribed", "This shopper already waits for this sku, locale and Market ID; the call would answer the existing subscription."));
        }

        Catalog(session, sku, locale, "$", advice);
        return advice;
    });

    private static void Quantity(StockLevelItem item, string at, List<Automation> enabled, List<Advice> advice)
    {
        if (item.Quantity <= 0)
        {
            advice.Add(new(at + ".quantity", "QuantityNeverTriggers", string.Create(CultureInfo.InvariantCulture, $"A quantity of {item.Quantity} only records the level: the trigger needs a quantity over 0.")));
        }
        else if (enabled.Count > 0 && enabled.All(a => item.Quantity < a.MinimumQuantity))
        {
            var lowest = enabled.Min(a => a.MinimumQuantity);
            advice.Add(new(at + ".quantity", "BelowThreshold", string.Create(CultureInfo.InvariantCulture, $"A quantity of {item.Quantity} is below every enabled automation's threshold (the lowest is {lowest}).")));
        }
    }

    private static void Catalog(IStoreSession session, string sku, string? locale, string at, List<Advice> advice)
    {
        if (sku.Trim().Length != sku.Length)
        {
            advice.Add(new(at + ".sku", "SkuWhitespace", "The SKU starts or ends with whitespace; SKUs are compared exactly, so it will not match the feed or subscriptions."));
        }

        if (locale is null)
        {
            if (!session.Feeds().Any(feed => session.FindProduct(feed.Locale, sku) is not null))
            {
                advice.Add(new(at + ".sku", "SkuInNoFeed", $"{sku} is in no product feed, so no subscription to it can trigger."));
            }

            return;
        }

        if (!LocaleShape().IsMatch(locale))
        {
            advice.Add(new(at + ".locale", "LocaleShape", $"\"{locale}\" is not shaped like Engage's locales (language-COUNTRY, such as sv-SE); feeds are keyed by those."));
        }

        var feed = session.FindFeed(locale);
        if (feed is null)
        {
            advice.Add(new(at + ".locale", "LocaleWithoutFeed", $"No product feed exists for {locale}; subscriptions in that locale cannot trigger."));
        }
        else if (session.FindProduct(feed.Locale, sku) is null)
        {
            advice.Add(new(at + ".sku", "SkuNotInFeed", $"{sku} is not in the {feed.Locale} product feed; Engage cannot send an email for it."));
        }
    }

    private static void Matching(IStoreSession session, StockLevelItem item, string at, List<Advice> advice)
    {
        if (item.Locale is null && item.ExternalId is null)
        {
            advice.Add(new(at, "NoLocaleOrExternalId", "Neither locale nor externalId: the item matches every subscription to the SKU in every locale (case 3)."));
        }

        var waiting = session.SubscriptionsForSku(item.Sku);
        if (waiting.Count == 0)
        {
            advice.Add(new(at + ".sku", "NoSubscriptions", $"No subscription waits for {item.Sku}; the level is recorded and nothing is sent."));
            return;
        }

        if (item.ExternalId is not null && !waiting.Any(s => s.ExternalId == item.ExternalId))
        {
            advice.Add(new(at + ".externalId", "ExternalIdUnused", $"No subscription to {item.Sku} uses externalId {item.ExternalId} (compared exactly), so the item matches none."));
        }
        else if (item.Locale is not null && !waiting.Any(s => Locales.Equal(s.Locale, item.Locale)))
        {
            advice.Add(new(at + ".locale", "LocaleUnused", $"The subscriptions to {item.Sku} are in other locales than {item.Locale}, so the item matches none."));
        }
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}-[a-zA-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LocaleShape();
}
