using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>
/// Two processors over one store (two requests, or a request and a start-up): each batch is applied once, each subscription
/// used once, and what each reports sending is what it sent. The second processor's work is slipped in between the first's
/// decision and its write, where a real race would put it.
/// </summary>
public sealed class ConcurrentProcessingTests : IDisposable
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly EmulatorOptions _options = new() { DemoCatalog = false };
    private readonly LiteDbStore _inner;
    private readonly HookedStore _store;
    private readonly EngageEmulator _emulator;
    private readonly StockLevelService _other;

    public ConcurrentProcessingTests()
    {
        _inner = LiteDbStore.Open(new StoreOptions { InMemory = true });
        _store = new HookedStore(_inner);
        _emulator = new EngageEmulator(_store, _clock, _options);
        _other = new StockLevelService(_inner, _clock, _options);
        _emulator.Catalog.Replace("sv-SE", [new Emulator.Catalog.Product("SKU-1", "Shoe", 499m, "SEK", null, "https://shop.example.com/1", null, new Dictionary<string, string>())], "test");
        var contact = _emulator.Contacts.Create(new Contacts.NewContact("a@example.com"));
        _emulator.Subscriptions.Create(new Subscriptions.NewSubscription(contact.Id, "SKU-1", "sv-SE", null));
    }

    [Fact]
    public void A_pending_batch_another_processor_applied_first_is_skipped()
    {
        var batch = _emulator.StockLevels.Accept([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);
        var otherSent = -1;
        _store.BeforeWrite = write =>
        {
            // This processor has counted its try (write 1) and planned; the other one finishes the batch before it applies it (write 2).
            if (write == 2)
            {
                otherSent = _other.ProcessPending();
            }
        };

        var sent = _emulator.StockLevels.ProcessPending();

        otherSent.Should().Be(1);
        sent.Should().Be(0, "the batch was no longer pending when this processor came to apply it");
        _emulator.Outbox.List(new()).Should().ContainSingle();
        _emulator.IntegrationLog.List(new(BatchId: batch.Id)).Should().ContainSingle("the batch was applied once");
    }

    [Fact]
    public void A_subscription_another_update_used_after_this_one_planned_is_logged_as_already_used_and_not_sent_again()
    {
        Guid? otherBatch = null;
        _store.BeforeWrite = write =>
        {
            // Write 1 accepts this batch, write 2 applies it: the other update runs to the end in between.
            if (write == 2)
            {
                otherBatch = _other.Update([new StockLevelItem("SKU-1", 7, "sv-SE", null)]);
            }
        };

        var batch = _emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        _emulator.Outbox.List(new()).Should().ContainSingle().Which.BatchId.Should().Be(otherBatch!.Value);
        var entry = _emulator.IntegrationLog.List(new(BatchId: batch)).Single();
        entry.Considered.Single().Outcome.Should().Be(Outcomes.AlreadyUsed);
        entry.SentToTrigger.Should().Be(0);
    }

    [Fact]
    public void Start_up_reports_the_number_of_emails_it_sent()
    {
        _emulator.StockLevels.Accept([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        _emulator.StockLevels.ProcessPending().Should().Be(1);
        _emulator.StockLevels.ProcessPending().Should().Be(0);
    }

    [Fact]
    public void A_batch_whose_writes_keep_failing_stays_pending_until_its_third_try_then_is_quarantined()
    {
        var batch = _emulator.StockLevels.Accept([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        // Each try counts itself (odd writes) and then fails to apply the batch (even writes): the disk, not the batch, is at fault.
        _store.BeforeWrite = write =>
        {
            if (write % 2 == 0)
            {
                throw new IOException("the disk failed");
            }
        };
        for (var attempt = 1; attempt <= StockLevelService.MaxStartupAttempts; attempt++)
        {
            FluentActions.Invoking(() => _emulator.StockLevels.ProcessPending()).Should().Throw<IOException>();
            _inner.Read(session => session.FindBatch(batch.Id))!.Attempts.Should().Be(attempt);
        }

        _store.BeforeWrite = null;
        _emulator.StockLevels.ProcessPending().Should().Be(0);

        _emulator.Outbox.List(new()).Should().BeEmpty();
        _inner.Read(session => session.FindBatch(batch.Id)).Should().BeNull();
        _emulator.IntegrationLog.List(new(BatchId: batch.Id)).Single().Error.Should()
            .Be("Quarantined: 3 start-ups tried to finish this batch and none did. Its level is stored; no subscription was checked.");
        _emulator.StockLevels.Current("SKU-1").Single().Quantity.Should().Be(5);
    }

    [Fact]
    public void A_quarantined_batch_that_was_partly_applied_logs_only_the_items_left()
    {
        var batch = _emulator.StockLevels.Accept(
            [new StockLevelItem("SKU-A", 1, null, null), new StockLevelItem("SKU-B", 2, null, null), new StockLevelItem("SKU-C", 3, null, null)]);
        _inner.Write(session => session.UpdateBatch(batch with { Done = 1, Attempts = StockLevelService.MaxStartupAttempts }));

        _emulator.StockLevels.ProcessPending();

        _emulator.IntegrationLog.List(new(BatchId: batch.Id)).Select(e => e.ItemIndex).Should().BeEquivalentTo([1, 2]);
        _emulator.StockLevels.Current().Select(l => l.Sku).Should().BeEquivalentTo(["SKU-B", "SKU-C"]);
    }

    [Fact]
    public void A_batch_applied_item_by_item_reports_its_emails_and_keeps_the_caps()
    {
        _options.LogCapacity = 1;
        _options.OutboxCapacity = 1;
        var contact = _emulator.Contacts.Create(new Contacts.NewContact("b@example.com"));
        _emulator.Subscriptions.Create(new Subscriptions.NewSubscription(contact.Id, "SKU-1", "sv-SE", "SE-1"));
        _emulator.StockLevels.Accept([new StockLevelItem(new string('S', 2000), 1, null, null), new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        _emulator.StockLevels.ProcessPending().Should().Be(2, "the store refused the first item, and the second sent two emails");

        _emulator.Outbox.List(new(Limit: 10)).Should().ContainSingle();
        _emulator.IntegrationLog.List(new(Limit: 10)).Should().ContainSingle().Which.ItemIndex.Should().Be(1);
        _inner.Read(session => session.PendingBatches()).Should().BeEmpty("the last item's transaction takes the batch off the pending list");
    }

    [Fact]
    public void A_store_that_holds_no_automations_yet_runs_the_default_one()
    {
        _emulator.Automations.List().Should().ContainSingle().Which.Should().BeEquivalentTo(Emulator.Automations.DefaultAutomation.Create());
        _emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        _emulator.Outbox.List(new()).Should().ContainSingle().Which.AutomationId.Should().Be("back-in-stock");
    }

    public void Dispose() => _emulator.Dispose();
}
