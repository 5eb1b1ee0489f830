using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Triggering;

/// <summary>
/// Applies a planned item inside the caller's write transaction. A subscription is used only if this
/// transaction is the one that deletes it, and its emails go in with that delete: however many updates
/// planned to use it, one sends. The emails are handed to the caller, who stores a batch's together
/// (<see cref="IStoreSession.InsertEmails"/>) in the same transaction.
/// </summary>
internal static class TriggerCommit
{
    public static LogEntry Apply(IStoreSession session, StockBatch batch, ItemPlan plan, DateTimeOffset now, List<Email> sent)
    {
        var item = plan.Item;
        if (plan.Error is not null)
        {
            if (plan.LevelOnly)
            {
                StoreLevel(session, batch, item, now);
            }

            return Logged(session, Entry(batch, plan, [], now));
        }

        StoreLevel(session, batch, item, now);
        var considered = new List<ConsideredSubscription>(plan.Considered.Count);
        foreach (var planned in plan.Considered)
        {
            var outcome = planned.Outcome;
            if (planned.Triggers)
            {
                if (session.DeleteSubscription(planned.Subscription.Id))
                {
                    sent.AddRange(planned.Emails);
                }
                else
                {
                    outcome = Outcomes.AlreadyUsed;
                }
            }

            considered.Add(Considered(planned, outcome));
        }

        return Logged(session, Entry(batch, plan, considered, now));
    }

    /// <summary>The entry a plan would log as it stands (a dry run): nothing is applied.</summary>
    public static LogEntry Preview(StockBatch batch, ItemPlan plan, DateTimeOffset now) =>
        Entry(batch, plan, plan.Considered.Select(p => Considered(p, p.Outcome)).ToList(), now);

    /// <summary>The entry of an item that failed when applied: nothing of it was kept but this.</summary>
    public static LogEntry Failed(StockBatch batch, ItemPlan plan, string error, DateTimeOffset now) =>
        Entry(batch, plan with { Error = error }, [], now);

    /// <summary>
    /// The level is the latest one: batches accepted concurrently can be applied out of order, and one
    /// accepted earlier must not replace what a later one set. (It may still trigger: in acceptance order,
    /// the item was in stock when it arrived.)
    /// </summary>
    private static void StoreLevel(IStoreSession session, StockBatch batch, StockLevelItem item, DateTimeOffset now)
    {
        if (session.FindStockLevel(item.Sku, item.Locale, item.ExternalId) is { } stored && stored.Sequence > batch.Sequence)
        {
            return;
        }

        session.UpsertStockLevel(new StockLevel(item.Sku, item.Locale, item.ExternalId, item.Quantity, now, batch.Id, batch.Sequence));
    }

    private static LogEntry Logged(IStoreSession session, LogEntry entry)
    {
        session.InsertLogEntry(entry);
        return entry;
    }

    private static ConsideredSubscription Considered(PlannedSubscription planned, string outcome)
    {
        var s = planned.Subscription;
        return new ConsideredSubscription(s.Id, s.ContactId, s.Locale, s.ExternalId, planned.Conditions, outcome, planned.Automations, planned.Error);
    }

    private static LogEntry Entry(StockBatch batch, ItemPlan plan, IReadOnlyList<ConsideredSubscription> considered, DateTimeOffset now)
    {
        var item = plan.Item;
        return new LogEntry(
            Guid.CreateVersion7(now), now, batch.Id, plan.Index, item.Sku, item.Locale, item.ExternalId, item.Quantity, item.MatchingCase,
            considered, considered.Count(c => c.Outcome == Outcomes.Triggered), plan.Warnings, plan.Error);
    }
}
