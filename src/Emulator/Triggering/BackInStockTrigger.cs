using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Triggering;

/// <summary>
/// Engage's back-in-stock trigger for one accepted batch, inside one store transaction: store every
/// level, match subscriptions per item, check the predefined and the automations' conditions, run the
/// automations that pass (email to the outbox), delete each used subscription, and log why.
/// </summary>
internal sealed class BackInStockTrigger(IStoreSession session, IReadOnlyList<Automation> automations, DateTimeOffset now)
{
    private const string Predefined = "predefined";

    private readonly Dictionary<string, Feed?> _feeds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Locale, string Sku), Product?> _products = [];
    private readonly EmailRenderer _renderer = new();

    public int EmailsSent => Emails.Count;

    /// <summary>What this run wrote to the outbox and the log, in order (a dry run returns them).</summary>
    public List<Email> Emails { get; } = [];

    public List<LogEntry> Entries { get; } = [];

    public void Process(StockBatch batch)
    {
        for (var index = 0; index < batch.Items.Count; index++)
        {
            Process(batch, index, batch.Items[index]);
        }
    }

    private void Process(StockBatch batch, int index, StockLevelItem item)
    {
        session.UpsertStockLevel(new StockLevel(item.Sku, item.Locale, item.ExternalId, item.Quantity, now, batch.Id));

        // Matching per the developer page: sku always; locale if given; externalId if given. Oldest first.
        var matched = session.SubscriptionsForSku(item.Sku)
            .Where(s => item.Locale is null || Locales.Equal(s.Locale, item.Locale))
            .Where(s => item.ExternalId is null || s.ExternalId == item.ExternalId)
            .ToList();

        var considered = matched.Select(subscription => Consider(batch, item, subscription)).ToList();
        var entry = new LogEntry(
            Guid.CreateVersion7(now), now, batch.Id, index, item.Sku, item.Locale, item.ExternalId, item.Quantity, item.MatchingCase,
            considered, considered.Count(c => c.Outcome == "triggered"), [.. batch.Warnings ?? [], .. Warnings(item, matched.Count)]);
        session.InsertLogEntry(entry);
        Entries.Add(entry);
    }

    private ConsideredSubscription Consider(StockBatch batch, StockLevelItem item, Subscription subscription)
    {
        var feed = FeedOf(subscription.Locale);
        var product = feed is null ? null : ProductOf(feed.Locale, subscription.Sku);
        var results = new List<ConditionResult>
        {
            new(Predefined, "quantity > 0", item.Quantity > 0, $"quantity is {item.Quantity}"),
            new(Predefined, "feed exists for locale", feed is not null, feed is null ? $"no product feed for {subscription.Locale}" : $"feed {feed.Locale} ({feed.ProductCount} products)"),
            new(Predefined, "sku in feed", product is not null, product is null ? $"{subscription.Sku} is not in the {subscription.Locale} feed" : $"\"{product.Title}\""),
        };

        var started = new List<string>();
        if (product is not null && item.Quantity > 0)
        {
            var contact = session.FindContact(subscription.ContactId);
            var context = new TriggerContext(subscription, item, product, contact, () => session.ReceiptsOf(subscription.ContactId), now);
            foreach (var automation in automations.Where(a => a.Enabled))
            {
                if (Passes(automation, context, results))
                {
                    started.Add(automation.Id);
                    Send(batch, automation, context);
                }
            }
        }

        if (started.Count == 0)
        {
            return new ConsideredSubscription(subscription.Id, subscription.ContactId, subscription.Locale, subscription.ExternalId, results, "kept", started);
        }

        // Used: Engage deletes the subscription once an automation has started, whether or not it communicated.
        session.DeleteSubscription(subscription.Id);
        return new ConsideredSubscription(subscription.Id, subscription.ContactId, subscription.Locale, subscription.ExternalId, results, "triggered", started);
    }

    private static bool Passes(Automation automation, TriggerContext context, List<ConditionResult> results)
    {
        var passed = context.Item.Quantity >= automation.MinimumQuantity;
        results.Add(new(automation.Id, $"threshold: quantity >= {automation.MinimumQuantity}", passed, $"quantity is {context.Item.Quantity}"));
        foreach (var condition in automation.Conditions)
        {
            var (ok, detail) = ConditionEvaluator.Evaluate(condition, context);
            var name = condition.Field is null ? $"{condition.Type} {condition.Operator}" : $"{condition.Type} {condition.Field} {condition.Operator}";
            results.Add(new(automation.Id, name, ok, detail));
            passed &= ok;
        }

        return passed;
    }

    private void Send(StockBatch batch, Automation automation, TriggerContext context)
    {
        if (automation.Email is null || context.Contact is null)
        {
            return;
        }

        var (subject, html) = _renderer.Render(automation.Email.For(context.Subscription.Locale), context);
        var subscription = context.Subscription;
        var email = new Email(
            Guid.CreateVersion7(now), now, batch.Id, automation.Id, subscription.Id, subscription.ContactId, context.Contact.Email,
            subject, html, subscription.Sku, subscription.Locale, subscription.ExternalId, context.Item.Quantity, context.Product);
        session.InsertEmail(email);
        Emails.Add(email);
    }

    private Product? ProductOf(string locale, string sku)
    {
        if (!_products.TryGetValue((locale, sku), out var product))
        {
            product = session.FindProduct(locale, sku);
            _products[(locale, sku)] = product;
        }

        return product;
    }

    private Feed? FeedOf(string locale)
    {
        if (!_feeds.TryGetValue(locale, out var feed))
        {
            feed = session.FindFeed(locale);
            _feeds[locale] = feed;
        }

        return feed;
    }

    private List<string> Warnings(StockLevelItem item, int matched)
    {
        var warnings = new List<string>();
        if (item.Locale is null && item.ExternalId is null)
        {
            warnings.Add("The item has neither locale nor externalId, so it matches every subscription to the SKU in every locale (case 3).");
        }

        if (item.Locale is not null && FeedOf(item.Locale) is null)
        {
            warnings.Add($"No product feed exists for {item.Locale}; subscriptions in that locale cannot trigger.");
        }
        else if (item.Locale is not null && ProductOf(FeedOf(item.Locale)!.Locale, item.Sku) is null)
        {
            warnings.Add($"{item.Sku} is not in the {item.Locale} product feed; Engage cannot send an email for it.");
        }

        if (matched == 0)
        {
            warnings.Add("No subscription matched this item.");
        }

        return warnings;
    }
}
