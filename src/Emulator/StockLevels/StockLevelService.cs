using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Triggering;

namespace BackInStock.Emulator.StockLevels;

/// <summary>
/// Stock-level updates: each batch is stored before it is acknowledged (a crash after the 202 loses
/// nothing), then processed in its own transaction, and removed in that same transaction, so each
/// subscription triggers at most once however updates race or repeat.
/// </summary>
public sealed class StockLevelService(IEmulatorStore store, TimeProvider time, EmulatorOptions options)
{
    /// <summary>Accepts and processes a batch; returns the batch id (the integration log's key).</summary>
    public Guid Update(IReadOnlyList<StockLevelItem> items, IReadOnlyList<string>? warnings = null)
    {
        var batch = Accept(items, warnings);
        ProcessPending();
        return batch.Id;
    }

    /// <summary>Stores the batch durably without processing it.</summary>
    public StockBatch Accept(IReadOnlyList<StockLevelItem> items, IReadOnlyList<string>? warnings = null)
    {
        var now = time.GetUtcNow();
        var batch = new StockBatch(Guid.CreateVersion7(now), now, items, warnings is { Count: > 0 } ? warnings : null);
        return store.Write(session =>
        {
            session.InsertBatch(batch);
            return batch;
        });
    }

    /// <summary>Processes every accepted batch not yet processed, oldest first; returns the emails sent.</summary>
    public int ProcessPending()
    {
        var emails = 0;
        foreach (var batch in store.Read(session => session.PendingBatches()))
        {
            emails += store.Write(session =>
            {
                // Taking the batch off the pending list in the same transaction is what makes it run once.
                if (!session.DeleteBatch(batch.Id))
                {
                    return 0;
                }

                var trigger = new BackInStockTrigger(session, session.Automations() ?? [DefaultAutomation.Create()], time.GetUtcNow());
                trigger.Process(batch);
                session.PruneEmails(options.OutboxCapacity);
                session.PruneLog(options.LogCapacity);
                return trigger.EmailsSent;
            });
        }

        return emails;
    }

    /// <summary>
    /// What a batch would do, nothing kept: the log entries (matching case, each subscription's conditions)
    /// and the emails it would send. Subscriptions, levels, outbox and log are left as they were.
    /// </summary>
    public (IReadOnlyList<IntegrationLog.LogEntry> Entries, IReadOnlyList<Outbox.Email> Emails) DryRun(IReadOnlyList<StockLevelItem> items)
    {
        var now = time.GetUtcNow();
        return store.DryRun(session =>
        {
            var trigger = new BackInStockTrigger(session, session.Automations() ?? [DefaultAutomation.Create()], now);
            trigger.Process(new StockBatch(Guid.CreateVersion7(now), now, items));
            return ((IReadOnlyList<IntegrationLog.LogEntry>)trigger.Entries, (IReadOnlyList<Outbox.Email>)trigger.Emails);
        });
    }

    /// <summary>The current inventory, optionally for one SKU.</summary>
    public IReadOnlyList<StockLevel> Current(string? sku = null) => store.Read(session => session.StockLevels(sku));

    /// <summary>A page of the current levels, in key order (SKU, then locale and externalId).</summary>
    public Page<StockLevel> Current(string? sku, int offset, int limit) => store.Read(session => session.StockLevels(sku, offset, limit));
}
