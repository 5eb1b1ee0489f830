using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Triggering;

/// <summary>
/// Engage's back-in-stock trigger, decided for one batch from committed data and nothing written:
/// match subscriptions per item, check the predefined and the automations' conditions, render the
/// emails of those that pass. Rendering runs user templates, so it happens here, outside the write
/// lock other requests wait on; <see cref="TriggerCommit"/> then applies the plan in one short write.
/// A failure is confined to the subscription (its template) or the item it happened in.
/// </summary>
/// <param name="renderEmails">False to decide without making the emails (the payload advisor's rehearsal).</param>
/// <param name="centraMinimumStock">The quantity Centra → Klaviyo subscriptions need (<see cref="EmulatorOptions.CentraMinimumStock"/>).</param>
/// <param name="origin">The gateway's own origin, for product images and links given as paths (<see cref="EmulatorOptions.PublicOrigin"/>).</param>
internal sealed class BackInStockTrigger(IStoreSession session, IReadOnlyList<Automation> automations, DateTimeOffset now, RenderBudget budget, bool renderEmails, int centraMinimumStock, Uri? origin = null)
{
    private readonly Dictionary<string, Feed?> _feeds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Locale, string Sku), Product?> _products = [];
    private readonly HashSet<Guid> _used = [];
    private readonly EmailRenderer _renderer = new(budget, origin);

    // The batch's render time, shared by the planners of one batch: the budget is the batch's, however many threads render.
    private StrongBox<long> _renderingTicks = new();

    /// <summary>
    /// Plans the items from <paramref name="from"/> on. Items of different SKUs reach different subscriptions (a
    /// subscription has one SKU), so SKUs are planned side by side, each thread with a planner of its own; the
    /// items of one SKU go, in their order, to one planner, as an item must not use what an earlier one used.
    /// </summary>
    public IReadOnlyList<ItemPlan> Plan(StockBatch batch, int from = 0)
    {
        var plans = new ItemPlan[batch.Items.Count - from];
        var skus = Enumerable.Range(from, plans.Length).GroupBy(index => batch.Items[index].Sku, StringComparer.Ordinal).ToList();
        // Stryker disable once all : one SKU planned on the parallel path, or several on the sequential one, plan the same; the choice is only the cost
        if (skus.Count < 2)
        {
            PlanSkus(skus, batch, plans, from);
            return plans;
        }

        // Stryker disable once Initializer : how many threads plan, and which planner's render crosses the batch's shared budget, depend on thread timing: no test can pin either without timing
        Parallel.ForEach(
            skus,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new BackInStockTrigger(session, automations, now, budget, renderEmails, centraMinimumStock, origin) { _renderingTicks = _renderingTicks },
            (sku, _, planner) => planner.PlanSkus([sku], batch, plans, from),
            _ => { });
        return plans;
    }

    private BackInStockTrigger PlanSkus(IEnumerable<IEnumerable<int>> skus, StockBatch batch, ItemPlan[] plans, int from)
    {
        foreach (var index in skus.SelectMany(sku => sku))
        {
            plans[index - from] = PlanItem(batch, index);
        }

        return this;
    }

    private ItemPlan PlanItem(StockBatch batch, int index)
    {
        var item = batch.Items[index];
        var findings = new List<RuleWarning>();
        try
        {
            findings.AddRange(Findings(item));

            // A subscription an earlier item of this batch uses is gone by the time this item runs.
            var matched = Matching.Subscriptions(session, item).Where(s => !_used.Contains(s.Id)).ToList();
            if (matched.Count == 0)
            {
                findings.Add(Matching.NoneMatched);
            }

            var considered = matched.Select(subscription => Consider(batch, item, subscription)).ToList();
            _used.UnionWith(considered.Where(c => c.Triggers).Select(c => c.Subscription.Id));
            return new ItemPlan(index, item, considered, [.. batch.Warnings ?? [], .. findings.Select(f => f.Message)]) { Findings = findings };
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            return new ItemPlan(index, item, [], batch.Warnings ?? [], $"The item could not be processed: {failure.Message}") { Findings = findings };
        }
    }

    private PlannedSubscription Consider(StockBatch batch, StockLevelItem item, Subscription subscription)
    {
        var feed = FeedOf(subscription.Locale);
        var product = feed is null ? null : ProductOf(feed.Locale, subscription.Sku);
        var results = PredefinedConditions.Check(item.Quantity, subscription, feed, product, centraMinimumStock);
        if (product is null || !results.TrueForAll(r => r.Passed))
        {
            return new PlannedSubscription(subscription, results, [], []);
        }

        var started = new List<string>();
        var emails = new List<Email>();
        string? current = null;
        try
        {
            var contact = session.FindContact(subscription.ContactId);
            var context = new TriggerContext(subscription, item, product, contact, () => session.ReceiptsOf(subscription.ContactId), now);
            foreach (var automation in automations.Where(a => a.Enabled))
            {
                current = automation.Id;
                if (Passes(automation, context, results))
                {
                    started.Add(automation.Id);
                    if (renderEmails && Email(batch, automation, context) is { } email)
                    {
                        emails.Add(email);
                    }
                }
            }

            return new PlannedSubscription(subscription, results, started, emails);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // All or nothing per subscription: if one automation's email cannot be made, none is sent and it stays waiting.
            var automation = current is null ? "" : $"automation {current}, ";
            return new PlannedSubscription(subscription, results, started, [], $"{automation}locale {subscription.Locale}: {failure.Message}");
        }
    }

    private static bool Passes(Automation automation, TriggerContext context, List<ConditionResult> results)
    {
        var passed = automation.ThresholdMet(context.Item.Quantity);
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

    private Email? Email(StockBatch batch, Automation automation, TriggerContext context)
    {
        // A contact created by another key may have no address: the automation runs, but no email can go out.
        if (automation.Email is null || context.Contact is not { Email: not null })
        {
            return null;
        }

        // Stryker disable once Equality : > or >= differ only when the elapsed time lands exactly on the budget, which no test can arrange without timing
        if (Interlocked.Read(ref _renderingTicks.Value) > budget.BatchTime.Ticks)
        {
            throw new EmailRenderException(string.Create(CultureInfo.InvariantCulture, $"the batch's emails spent their budget of {budget.BatchTime.TotalSeconds:0.###} s together; this subscription waits for the next update."));
        }

        var (subject, html, text) = RenderTimed(automation, context);
        var subscription = context.Subscription;
        return new Email(
            Guid.CreateVersion7(now), now, batch.Id, automation.Id, subscription.Id, subscription.ContactId, context.Contact.Email,
            subject, html, subscription.Sku, subscription.Locale, subscription.ExternalId, context.Item.Quantity, context.Product, text);
    }

    private (string Subject, string Html, string Text) RenderTimed(Automation automation, TriggerContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return _renderer.Render(automation.Email!.For(context.Subscription.Locale), context);
        }
        finally
        {
            Interlocked.Add(ref _renderingTicks.Value, Stopwatch.GetElapsedTime(started).Ticks);
        }
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

    /// <summary>What the predefined conditions and matching say about the item itself, before any subscription.</summary>
    private IEnumerable<RuleWarning> Findings(StockLevelItem item)
    {
        if (item.Locale is not null)
        {
            var feed = FeedOf(item.Locale);
            if (PredefinedConditions.NotInFeed(item.Sku, item.Locale, feed, feed is null ? null : ProductOf(feed.Locale, item.Sku)) is { } notInFeed)
            {
                yield return notInFeed;
            }
        }

        if (Matching.EveryLocale(item) is { } everyLocale)
        {
            yield return everyLocale;
        }
    }
}
