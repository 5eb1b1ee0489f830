using BackInStock.Emulator.Changes;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Tests.Changes;

/// <summary>Every committed change is told to listeners once, after its commit; nothing rolled back is told; a slow listener costs nothing.</summary>
public sealed class ChangeFeedTests : IDisposable
{
    private readonly EmulatorFixture _fixture = new("memory");

    private static List<Change> Drain(ChangeListener listener)
    {
        var changes = new List<Change>();
        while (listener.TryRead(out var change))
        {
            changes.Add(change);
        }

        return changes;
    }

    [Fact]
    public void A_stock_update_that_sends_an_email_tells_each_of_its_changes_once_in_commit_order()
    {
        _fixture.Feed("sv-SE", "SKU-1");
        var contact = _fixture.Contact("ada@example.com");
        using var listener = _fixture.Emulator.Changes.Listen();
        var subscription = _fixture.Subscribe(contact, "SKU-1", "sv-SE");

        _fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 4, "sv-SE", null)]);

        var email = _fixture.Emulator.Outbox.List(new EmailQuery()).Single();
        var log = _fixture.Emulator.IntegrationLog.List(new IntegrationLog.LogQuery()).Single();
        var changes = Drain(listener);
        changes.Select(c => (c.Type, c.Id)).Should().Equal(
            (Change.SubscriptionCreated, subscription.Id.ToString()),
            (Change.StockLevelChanged, "SKU-1"),
            (Change.SubscriptionDeleted, subscription.Id.ToString()),
            (Change.LogEntryCreated, log.Id.ToString()),
            (Change.EmailCreated, email.Id.ToString()));
        changes.Select(c => c.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.OnlyContain(s => s > 0);
        changes[4].Data.Should().Contain("to", "ada@example.com").And.Contain("sku", "SKU-1").And.Contain("locale", "sv-SE").And.Contain("automationId", email.AutomationId);
        changes[1].Data.Should().Contain("quantity", "4").And.Contain("locale", "sv-SE").And.Contain("externalId", null);
        changes[0].Data.Should().Contain("contactId", contact.Id.ToString());
    }

    [Fact]
    public void Sequences_follow_on_from_one_write_to_the_next()
    {
        using var listener = _fixture.Emulator.Changes.Listen();

        _fixture.Feed("sv-SE", "SKU-1");
        _fixture.Feed("en-US", "SKU-1");

        var sequences = Drain(listener).Select(c => c.Sequence).ToList();
        sequences.Should().HaveCount(2);
        sequences[1].Should().Be(sequences[0] + 1);
    }

    [Fact]
    public async Task A_change_is_told_only_after_its_commit_so_a_listener_reading_at_once_sees_it()
    {
        _fixture.Feed("sv-SE", "SKU-1");
        var contact = _fixture.Contact("ada@example.com");
        using var listener = _fixture.Emulator.Changes.Listen();
        var seen = new List<int>();
        var reading = Task.Run(async () =>
        {
            var change = await listener.ReadAsync();
            seen.Add(_fixture.Emulator.Subscriptions.ListFor(contact.Id).Count);
            return change;
        });

        _fixture.Subscribe(contact, "SKU-1", "sv-SE");

        (await reading.WaitAsync(TimeSpan.FromSeconds(5))).Type.Should().Be(Change.SubscriptionCreated);
        seen.Should().Equal(1);
    }

    [Fact]
    public void A_write_that_fails_tells_nothing()
    {
        using var store = LiteDbStore.Open(new StoreOptions { InMemory = true });
        var feed = new ChangeFeed();
        store.ReportChangesTo(feed);
        using var listener = feed.Listen();

        var failing = () => store.Write<bool>(session =>
        {
            session.DeleteEmails();
            throw new InvalidOperationException("rolled back");
        });

        failing.Should().Throw<InvalidOperationException>();
        listener.TryRead(out _).Should().BeFalse();
        store.Write(session => session.DeleteEmails());
        listener.TryRead(out var cleared).Should().BeTrue();
        cleared.Type.Should().Be(Change.OutboxCleared);
    }

    [Fact]
    public void A_write_made_outside_a_transaction_tells_nothing()
    {
        using var store = LiteDbStore.Open(new StoreOptions { InMemory = true });
        var feed = new ChangeFeed();
        store.ReportChangesTo(feed);
        using var listener = feed.Listen();

        store.DeleteEmails();

        listener.TryRead(out _).Should().BeFalse();
    }

    [Fact]
    public void Deletes_and_resets_are_told_but_deleting_what_is_not_there_is_not()
    {
        _fixture.Feed("sv-SE", "SKU-1");
        using var listener = _fixture.Emulator.Changes.Listen();

        _fixture.Emulator.Catalog.Delete("sv-SE");
        var missing = () => _fixture.Emulator.Catalog.Delete("sv-SE");
        missing.Should().Throw<Errors.EmulatorException>();
        var unknownEmail = () => _fixture.Emulator.Outbox.Delete(Guid.NewGuid());
        unknownEmail.Should().Throw<Errors.EmulatorException>();
        var unknownSubscription = () => _fixture.Emulator.Subscriptions.Delete(Guid.NewGuid());
        unknownSubscription.Should().Throw<Errors.EmulatorException>();
        _fixture.Emulator.Reset();

        Drain(listener).Select(c => (c.Type, c.Id)).Should().Equal(
            (Change.FeedDeleted, "sv-SE"),
            (Change.TenantReset, null),
            (Change.AutomationsReplaced, null));
    }

    [Fact]
    public void A_listener_that_falls_behind_loses_its_buffer_and_is_told_to_resync()
    {
        using var slow = _fixture.Emulator.Changes.Listen(capacity: 2);
        using var fast = _fixture.Emulator.Changes.Listen();

        _fixture.Feed("sv-SE", "A");
        _fixture.Feed("en-US", "A");
        _fixture.Feed("de-DE", "A");

        Drain(slow).Should().Equal(Change.Resync);
        Drain(fast).Should().HaveCount(3, "one slow listener takes nothing from another");
        _fixture.Feed("pl-PL", "A");
        Drain(slow).Select(c => c.Id).Should().Equal("pl-PL");
    }

    [Fact]
    public void A_listener_within_its_buffer_misses_nothing()
    {
        using var listener = _fixture.Emulator.Changes.Listen(capacity: 2);

        _fixture.Feed("sv-SE", "A");
        _fixture.Feed("en-US", "A");

        Drain(listener).Select(c => c.Id).Should().Equal("sv-SE", "en-US");
    }

    [Fact]
    public void A_bulk_load_tells_listeners_to_resync_rather_than_each_change()
    {
        using var listener = _fixture.Emulator.Changes.Listen();

        _fixture.Emulator.BulkLoad([], []);

        Drain(listener).Select(c => c.Type).Should().Equal(Change.ResyncType);
    }

    [Fact]
    public async Task A_disposed_listener_is_no_longer_told_and_its_reader_ends()
    {
        var feed = _fixture.Emulator.Changes;
        var listener = feed.Listen();
        var waiting = listener.ReadAsync().AsTask();

        listener.Dispose();

        feed.Listeners.Should().Be(0);
        await waiting.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(5))).Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task A_waiting_reader_wakes_for_the_next_change_and_its_cancellation_ends_the_wait()
    {
        using var listener = _fixture.Emulator.Changes.Listen();
        using var cancel = new CancellationTokenSource();
        var waiting = listener.ReadAsync(cancel.Token).AsTask();
        await Task.Delay(50);
        waiting.IsCompleted.Should().BeFalse();

        _fixture.Feed("sv-SE", "A");

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Id.Should().Be("sv-SE");
        var next = listener.ReadAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();
        await next.Invoking(t => t.WaitAsync(TimeSpan.FromSeconds(5))).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Listening_needs_room_for_at_least_one_change()
    {
        var none = () => _fixture.Emulator.Changes.Listen(capacity: 0);

        none.Should().Throw<ArgumentOutOfRangeException>();
        _fixture.Emulator.Changes.Listeners.Should().Be(0);
    }

    public void Dispose() => _fixture.Dispose();
}
