using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Triggering;

public sealed class ExactlyOnceAndDurabilityTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public async Task Parallel_updates_for_the_same_sku_email_each_subscription_exactly_once(string store)
    {
        using var fixture = new EmulatorFixture(store);
        fixture.Feed("sv-SE", "SKU-1");
        fixture.Feed("pl-PL", "SKU-1");
        var subscriptions = Enumerable.Range(0, 40)
            .Select(i => fixture.Subscribe(fixture.Contact($"shopper{i}@example.com"), "SKU-1", i % 2 == 0 ? "sv-SE" : "pl-PL"))
            .ToList();

        var updates = Enumerable.Range(0, 16).Select(i => Task.Run(() => fixture.Emulator.StockLevels.Update(
            [new StockLevelItem("SKU-1", 5 + i, i % 3 == 0 ? null : "sv-SE", null), new StockLevelItem("SKU-1", 7, null, null)])));
        await Task.WhenAll(updates);

        var emails = fixture.Emulator.Outbox.List(new(Limit: 1000));
        emails.Select(e => e.SubscriptionId).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(subscriptions.Select(s => s.Id));
        fixture.Emulator.IntegrationLog.List(new(Limit: 1000)).Sum(e => e.SentToTrigger).Should().Be(subscriptions.Count);
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public async Task Subscribes_racing_stock_updates_on_one_sku_are_each_used_at_most_once(string store)
    {
        using var fixture = new EmulatorFixture(store);
        fixture.Feed("sv-SE", "SKU-1");
        var created = new System.Collections.Concurrent.ConcurrentBag<Guid>();

        var subscribers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                var contact = fixture.Emulator.Contacts.Create(new Contacts.NewContact($"racer{w}-{i}@example.com"));
                created.Add(fixture.Emulator.Subscriptions.Create(new Subscriptions.NewSubscription(contact.Id, "SKU-1", "sv-SE", null)).Id);
            }
        }));
        var updaters = Enumerable.Range(0, 4).Select(u => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 1 + i % 3, u % 2 == 0 ? "sv-SE" : null, null)]);
            }
        }));
        await Task.WhenAll(subscribers.Concat(updaters));

        var emailed = fixture.Emulator.Outbox.List(new(Limit: 1000)).Select(e => e.SubscriptionId).ToList();
        var waiting = fixture.Emulator.Subscriptions.Overview(1000).Select(o => o.Subscription.Id).ToHashSet();
        emailed.Should().OnlyHaveUniqueItems();
        created.Should().HaveCount(100).And.OnlyContain(id => emailed.Contains(id) ^ waiting.Contains(id), "each subscription is either used with one email or still waiting");
    }

    [Fact]
    public void Repeating_an_update_sends_nothing_the_second_time()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE");
        StockLevelItem[] update = [new("SKU-1", 3, "sv-SE", null)];

        fixture.Emulator.StockLevels.Update(update);
        fixture.Emulator.StockLevels.Update(update);

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle();
        fixture.Emulator.StockLevels.Current("SKU-1").Should().ContainSingle().Which.Quantity.Should().Be(3);
    }

    [Fact]
    public void A_batch_accepted_but_not_processed_before_a_crash_is_processed_on_the_next_start()
    {
        using var fixture = new EmulatorFixture("file");
        fixture.Feed("sv-SE", "SKU-1");
        var contact = fixture.Contact("a@example.com");
        fixture.Subscribe(contact, "SKU-1", "sv-SE");

        // Accept is what runs before the 202; the crash comes before ProcessPending.
        var batch = fixture.Emulator.StockLevels.Accept([new StockLevelItem("SKU-1", 4, "sv-SE", null)]);
        fixture.Emulator.Outbox.List(new()).Should().BeEmpty();
        fixture.Reopen();

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle().Which.BatchId.Should().Be(batch.Id);
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().BeEmpty();
        fixture.Emulator.StockLevels.ProcessPending().Should().Be(0, "the batch was taken off the pending list when it ran");
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void A_batch_accepted_earlier_but_applied_later_does_not_replace_the_newer_level(string store)
    {
        using var fixture = new EmulatorFixture(store);

        // Two updates racing: the older is accepted first, the newer is applied first.
        var older = fixture.Emulator.StockLevels.Accept([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);
        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 0, "sv-SE", null)]);
        fixture.Emulator.StockLevels.ProcessPending();

        var level = fixture.Emulator.StockLevels.Current("SKU-1").Should().ContainSingle().Subject;
        level.Quantity.Should().Be(0, "the level is the latest accepted one");
        level.BatchId.Should().NotBe(older.Id);
    }

    [Fact]
    public void Every_level_is_stored_whatever_the_quantity_as_an_absolute_value()
    {
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.StockLevels.Update([new("SKU-1", 0, "sv-SE", null), new("SKU-1", 12, null, "SE-1"), new("SKU-2", -1, null, null)]);
        fixture.Emulator.StockLevels.Update([new("SKU-1", 5, "SV-SE", null)]);

        fixture.Emulator.StockLevels.Current().Select(l => (l.Sku, l.Locale, l.ExternalId, l.Quantity)).Should().BeEquivalentTo(new[]
        {
            ("SKU-1", (string?)"SV-SE", (string?)null, 5),
            ("SKU-1", null, "SE-1", 12),
            ("SKU-2", null, null, -1),
        });
    }

    [Fact]
    public void The_outbox_and_the_log_keep_their_caps_by_pruning_the_oldest()
    {
        using var fixture = new EmulatorFixture("memory", options =>
        {
            options.OutboxCapacity = 5;
            options.LogCapacity = 3;
        });
        fixture.Feed("sv-SE", "SKU-1");
        for (var i = 0; i < 8; i++)
        {
            fixture.Subscribe(fixture.Contact($"s{i}@example.com"), "SKU-1", "sv-SE");
            fixture.Emulator.StockLevels.Update([new("SKU-1", 1, "sv-SE", null)]);
        }

        var emails = fixture.Emulator.Outbox.List(new(Limit: 100));
        emails.Should().HaveCount(5);
        emails.Select(e => e.To).Should().Equal("s7@example.com", "s6@example.com", "s5@example.com", "s4@example.com", "s3@example.com");
        fixture.Emulator.IntegrationLog.List(new(Limit: 100)).Should().HaveCount(3);
    }
}
