using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Triggering;

namespace BackInStock.Emulator.StockLevels;

/// <summary>
/// Stock-level updates. Each batch is stored before it is acknowledged (a crash after the 202 loses
/// nothing). It is then planned from committed data, with every email rendered outside the write lock,
/// and applied in one transaction that also removes it from the pending list, so it is applied once.
/// Nothing in a batch can stop the next one: a template that fails keeps its subscription waiting, an
/// item the store refuses is logged as failed and the rest goes on, and a batch that fails as a whole
/// (or keeps a start-up from finishing it) is quarantined into the log instead of retried forever.
/// </summary>
public sealed class StockLevelService(IEmulatorStore store, TimeProvider time, EmulatorOptions options)
{
    /// <summary>A batch still pending after this many start-ups tried to finish it is quarantined.</summary>
    public const int MaxStartupAttempts = 3;

    /// <summary>Accepts and processes a batch; returns the batch id (the integration log's key).</summary>
    public Guid Update(IReadOnlyList<StockLevelItem> items, IReadOnlyList<string>? warnings = null)
    {
        var batch = Accept(items, warnings);
        Process(batch);
        return batch.Id;
    }

    /// <summary>Stores the batch durably without processing it.</summary>
    public StockBatch Accept(IReadOnlyList<StockLevelItem> items, IReadOnlyList<string>? warnings = null)
    {
        var now = time.GetUtcNow();
        // Stryker disable once all : an empty warnings list and null are read the same way (warnings ?? [])
        var batch = new StockBatch(Guid.CreateVersion7(now), now, items, warnings is { Count: > 0 } ? warnings : null);
        return store.Write(session => session.InsertBatch(batch));
    }

    /// <summary>
    /// Finishes every batch accepted but not processed before the last stop, oldest first; returns the
    /// emails sent. Each try is counted first, so a batch that takes the process down with it is
    /// quarantined after <see cref="MaxStartupAttempts"/> start-ups rather than stopping every one.
    /// </summary>
    public int ProcessPending()
    {
        var emails = 0;
        foreach (var pending in store.Read(session => session.PendingBatches()))
        {
            if (pending.Attempts >= MaxStartupAttempts)
            {
                Quarantine(pending, $"{pending.Attempts} start-ups tried to finish this batch and none did.");
                // Stryker disable once Statement : after a quarantine the batch is gone, so the UpdateBatch that would follow returns false and nothing runs
                continue;
            }

            var batch = pending with { Attempts = pending.Attempts + 1 };
            if (store.Write(session => session.UpdateBatch(batch)))
            {
                emails += Process(batch);
            }
        }

        return emails;
    }

    /// <summary>
    /// What a batch would do, nothing kept: the log entries (matching case, each subscription's conditions)
    /// and the emails it would send. It reads committed data only, so it never waits for a write.
    /// </summary>
    public (IReadOnlyList<LogEntry> Entries, IReadOnlyList<Email> Emails) DryRun(IReadOnlyList<StockLevelItem> items)
    {
        var (batch, plans) = Rehearse(items, renderEmails: true);
        return (plans.Select(plan => TriggerCommit.Preview(batch, plan, batch.ReceivedAt)).ToList(), plans.SelectMany(p => p.Considered).SelectMany(c => c.Emails).ToList());
    }

    /// <summary>The dry run's plan, item by item; the payload advisor reads it without the emails (rendering is the costly part).</summary>
    internal (StockBatch Batch, IReadOnlyList<ItemPlan> Plans) Rehearse(IReadOnlyList<StockLevelItem> items, bool renderEmails)
    {
        var now = time.GetUtcNow();
        var batch = new StockBatch(Guid.CreateVersion7(now), now, items);
        return (batch, Plan(batch, now, renderEmails));
    }

    /// <summary>The current inventory, optionally for one SKU.</summary>
    public IReadOnlyList<StockLevel> Current(string? sku = null) => store.Read(session => session.StockLevels(sku));

    /// <summary>A page of the current levels, in key order (SKU, then locale and externalId).</summary>
    public Page<StockLevel> Current(string? sku, int offset, int limit) => store.Read(session => session.StockLevels(sku, offset, limit));

    private int Process(StockBatch batch)
    {
        try
        {
            var now = time.GetUtcNow();
            var plans = Plan(batch, now);
            try
            {
                return ApplyWhole(batch, plans, now);
            }
            catch (Exception failure) when (IsTheBatchs(failure))
            {
                // Something in the batch made the store refuse it (a key too long to index, a document too
                // large): apply it again item by item, so only the item at fault is lost.
                return ApplyItemByItem(batch, plans, now);
            }
        }
        catch (Exception failure) when (IsTheBatchs(failure))
        {
            Quarantine(batch, failure.Message);
            return 0;
        }
    }

    private IReadOnlyList<ItemPlan> Plan(StockBatch batch, DateTimeOffset now, bool renderEmails = true) => store.Read(session =>
        new BackInStockTrigger(session, AutomationService.Effective(session), now, options.RenderBudget, renderEmails, options.CentraMinimumStock, options.Origin).Plan(batch, batch.Done));

    private int ApplyWhole(StockBatch batch, IReadOnlyList<ItemPlan> plans, DateTimeOffset now) => store.Write(session =>
    {
        // Taking the batch off the pending list in the same transaction is what makes it run once.
        if (!session.DeleteBatch(batch.Id))
        {
            return 0;
        }

        var sent = new List<Email>();
        foreach (var plan in plans)
        {
            TriggerCommit.Apply(session, batch, plan, now, sent);
        }

        session.InsertEmails(sent);
        Prune(session);
        return sent.Count;
    });

    private int ApplyItemByItem(StockBatch batch, IReadOnlyList<ItemPlan> plans, DateTimeOffset now)
    {
        var emails = 0;
        foreach (var plan in plans)
        {
            int? applied;
            try
            {
                applied = ApplyOne(batch, plan, session =>
                {
                    var sent = new List<Email>();
                    TriggerCommit.Apply(session, batch, plan, now, sent);
                    session.InsertEmails(sent);
                    return sent.Count;
                });
            }
            catch (Exception failure) when (IsTheBatchs(failure))
            {
                applied = ApplyOne(batch, plan, session =>
                {
                    session.InsertLogEntry(TriggerCommit.Failed(batch, plan, $"The store refused the item: {failure.Message}", now));
                    return 0;
                });
            }

            // Null when another processor has moved the batch on: it finishes the rest.
            if (applied is null)
            {
                break;
            }

            emails += applied.Value;
        }

        return emails;
    }

    /// <summary>Applies one item and moves the batch past it, in one transaction; null when another processor already has.</summary>
    private int? ApplyOne(StockBatch batch, ItemPlan plan, Func<IStoreSession, int> apply) => store.Write<int?>(session =>
    {
        if (session.FindBatch(batch.Id) is not { } stored || stored.Done != plan.Index)
        {
            return null;
        }

        var emails = apply(session);
        _ = plan.Index + 1 == batch.Items.Count ? session.DeleteBatch(batch.Id) : session.UpdateBatch(stored with { Done = plan.Index + 1 });
        Prune(session);
        return emails;
    });

    /// <summary>
    /// Finishes a batch without triggering anything: each item it has not applied keeps its level (the 202
    /// acknowledged it) and is logged as failed with the reason; no subscription is checked or used.
    /// </summary>
    private void Quarantine(StockBatch batch, string reason)
    {
        if (store.Read(session => session.FindBatch(batch.Id)) is not { } stored)
        {
            return;
        }

        var plans = Enumerable.Range(stored.Done, stored.Items.Count - stored.Done)
            .Select(index => new ItemPlan(index, stored.Items[index], [], stored.Warnings ?? [], $"Quarantined: {reason} Its level is stored; no subscription was checked.", LevelOnly: true))
            .ToList();
        if (plans.Count == 0)
        {
            // Nothing left to apply (an empty batch): only its place on the pending list goes.
            store.Write(session => session.DeleteBatch(stored.Id));
            return;
        }

        ApplyItemByItem(stored, plans, time.GetUtcNow());
    }

    private void Prune(IStoreSession session)
    {
        session.PruneEmails(options.OutboxCapacity);
        session.PruneLog(options.LogCapacity);
    }

    /// <summary>
    /// A failure the batch's content caused (LiteDB refusing a key or a document, a bug its data reaches).
    /// A store that cannot work at all (the emulator's own errors, such as a data file that is gone, or I/O
    /// failing) is no fault of the batch: that reaches the caller, and the batch stays pending to be finished.
    /// </summary>
    private static bool IsTheBatchs(Exception failure) =>
        failure is not (OutOfMemoryException or EmulatorException or IOException or UnauthorizedAccessException or ObjectDisposedException);
}
