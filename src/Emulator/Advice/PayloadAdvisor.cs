using System.Globalization;
using System.Text.RegularExpressions;
using BackInStock.Emulator.Automations;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;
using BackInStock.Emulator.Triggering;

namespace BackInStock.Emulator.Advice;

/// <summary>
/// Explains what a payload will do against this tenant's current state before it is sent: the
/// back-in-stock rules that would make it do nothing, or more than its sender meant. Read-only.
/// A stock-level update's advice is the dry run's own findings, with what only a sender can get wrong.
/// </summary>
public sealed partial class PayloadAdvisor(IEmulatorStore store, AutomationService automations, StockLevelService stockLevels)
{
    /// <summary>
    /// Warnings for a stock-level update (Engage developer docs, "Back in stock" §4 and the trigger's
    /// conditions). A null item (one the contract refused) keeps its index but draws no advice.
    /// </summary>
    public IReadOnlyList<Advice> StockLevels(IReadOnlyList<StockLevelItem?> items)
    {
        var enabled = automations.List().Where(a => a.Enabled).ToList();
        var given = Enumerable.Range(0, items.Count).Where(index => items[index] is not null).ToList();
        var (_, plans) = stockLevels.Rehearse(given.ConvertAll(index => items[index]!), renderEmails: false);
        return store.Read(session =>
        {
            var advice = new List<Advice>();
            if (enabled.Count == 0 && items.Count > 0)
            {
                advice.Add(new("$", "NoEnabledAutomation", "No automation is enabled, so no item can send an email."));
            }

            var seen = new Dictionary<(string Sku, string? Locale, string? ExternalId), int>();
            foreach (var (index, plan) in given.Zip(plans))
            {
                var item = plan.Item;
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
                SkuShape(item.Sku, at, advice);
                if (item.Locale is null)
                {
                    Add(advice, at, InNoFeed(session, item.Sku));
                }
                else
                {
                    LocaleShape(item.Locale, at, advice);
                }

                // Which subscriptions an earlier item of the payload uses is the dry run's concern; why none
                // would match is told from every subscription waiting for the SKU.
                foreach (var finding in plan.Findings.Where(f => f != Matching.NoneMatched))
                {
                    Add(advice, at, finding);
                }

                Add(advice, at, Matching.WhyNone(session, item));
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
        else if (session.SubscriptionsOf(request.ContactId, request.Sku).Any(s => s.IsSame(request.ContactId, request.Sku, request.Locale, request.ExternalId)))
        {
            advice.Add(new("$", "AlreadySubscribed", "The contact already waits for this sku, locale and externalId; the call would answer the existing subscription."));
        }

        Catalog(session, request.Sku, request.Locale, advice);
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
        else if (session.SubscriptionsOf(contact.Id, sku).Any(s => s.IsSame(contact.Id, sku, locale, externalId)))
        {
            advice.Add(new("$", "AlreadySubscribed", "This shopper already waits for this sku, locale and Market ID; the call would answer the existing subscription."));
        }

        Catalog(session, sku, locale, advice);
        return advice;
    });

    private static void Quantity(StockLevelItem item, string at, List<Automation> enabled, List<Advice> advice)
    {
        if (PredefinedConditions.OutOfStock(item.Quantity) is { } outOfStock)
        {
            Add(advice, at, outOfStock);
        }
        else if (enabled.Count > 0 && !enabled.Any(a => a.ThresholdMet(item.Quantity)))
        {
            var lowest = enabled.Min(a => a.MinimumQuantity);
            advice.Add(new(at + ".quantity", "BelowThreshold", string.Create(CultureInfo.InvariantCulture, $"A quantity of {item.Quantity} is below every enabled automation's threshold (the lowest is {lowest}).")));
        }
    }

    /// <summary>A subscription's SKU and locale against the catalog: its shape, then the predefined feed conditions.</summary>
    private static void Catalog(IStoreSession session, string sku, string locale, List<Advice> advice)
    {
        SkuShape(sku, "$", advice);
        LocaleShape(locale, "$", advice);
        var feed = session.FindFeed(locale);
        Add(advice, "$", PredefinedConditions.NotInFeed(sku, locale, feed, feed is null ? null : session.FindProduct(feed.Locale, sku)));
    }

    private static void SkuShape(string sku, string at, List<Advice> advice)
    {
        if (sku.Trim().Length != sku.Length)
        {
            advice.Add(new(at + ".sku", "SkuWhitespace", "The SKU starts or ends with whitespace; SKUs are compared exactly, so it will not match the feed or subscriptions."));
        }
    }

    private static void LocaleShape(string locale, string at, List<Advice> advice)
    {
        if (!EngageLocale().IsMatch(locale))
        {
            advice.Add(new(at + ".locale", "LocaleShape", $"\"{locale}\" is not shaped like Engage's locales (language-COUNTRY, such as sv-SE); feeds are keyed by those."));
        }
    }

    private static RuleWarning? InNoFeed(IStoreSession session, string sku) =>
        session.Feeds().Any(feed => session.FindProduct(feed.Locale, sku) is not null) ? null : PredefinedConditions.InNoFeed(sku);

    private static void Add(List<Advice> advice, string at, RuleWarning? warning)
    {
        if (warning is not null)
        {
            advice.Add(new(at + warning.Field, warning.Code, warning.Message));
        }
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}-[a-zA-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex EngageLocale();
}
