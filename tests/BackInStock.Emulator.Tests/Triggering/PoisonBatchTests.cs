using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>Nothing in a batch stops the next one: failures are confined to the item or subscription at fault and logged.</summary>
public sealed class PoisonBatchTests
{
    // Renders for every locale but sv-SE, so it passes the sample render at upload and fails only at run time.
    private const string FailsForSwedish = "{{ if subscription.locale == 'sv-SE' }}{{ for i in 1..20000 }}x{{ end }}{{ end }}<p>{{ product.title }}</p>";

    private static readonly string TooLongSku = new('S', 2000);

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void An_item_the_store_refuses_is_logged_as_failed_and_the_rest_of_the_batch_is_applied(string store)
    {
        using var fixture = new EmulatorFixture(store);
        fixture.Feed("sv-SE", "SKU-1");
        var subscription = fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE");

        var batch = fixture.Emulator.StockLevels.Update([new(TooLongSku, 1, "sv-SE", null), new("SKU-1", 4, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle().Which.SubscriptionId.Should().Be(subscription.Id);
        fixture.Emulator.StockLevels.Current().Should().ContainSingle().Which.Sku.Should().Be("SKU-1");
        var entries = fixture.Emulator.IntegrationLog.List(new(BatchId: batch));
        entries.Should().HaveCount(2);
        entries.Single(e => e.ItemIndex == 0).Error.Should().StartWith("The store refused the item");
        entries.Single(e => e.ItemIndex == 1).Should().Match<LogEntry>(e => e.Error == null && e.SentToTrigger == 1);
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void After_a_refused_item_later_batches_for_other_skus_still_trigger_and_a_restart_is_clean(string store)
    {
        using var fixture = new EmulatorFixture(store);
        fixture.Feed("sv-SE", "SKU-1", "SKU-2");
        fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-2", "sv-SE");
        fixture.Emulator.StockLevels.Update([new(TooLongSku, 1, null, null)]);

        fixture.Emulator.StockLevels.Update([new("SKU-2", 3, "sv-SE", null)]);
        if (store == "file")
        {
            fixture.Reopen();
        }

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle().Which.Sku.Should().Be("SKU-2");
        fixture.Emulator.StockLevels.ProcessPending().Should().Be(0, "nothing was left pending");
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void A_template_that_fails_at_run_time_keeps_its_subscription_waiting_and_the_others_are_sent(string store)
    {
        using var fixture = new EmulatorFixture(store);
        fixture.Feed("sv-SE", "SKU-1");
        fixture.Feed("en-US", "SKU-1");
        UseTemplate(fixture, FailsForSwedish);
        var swede = fixture.Subscribe(fixture.Contact("sven@example.com"), "SKU-1", "sv-SE");
        var american = fixture.Subscribe(fixture.Contact("amy@example.com"), "SKU-1", "en-US");

        fixture.Emulator.StockLevels.Update([new("SKU-1", 5, null, null)]);

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle().Which.SubscriptionId.Should().Be(american.Id);
        fixture.Emulator.Subscriptions.ListFor(swede.ContactId).Should().ContainSingle().Which.Id.Should().Be(swede.Id);
        var failed = fixture.Emulator.IntegrationLog.List(new()).Single().Considered.Single(c => c.SubscriptionId == swede.Id);
        failed.Outcome.Should().Be(Outcomes.Failed);
        failed.Error.Should().Contain("automation back-in-stock").And.Contain("locale sv-SE").And.Contain("LoopLimit");
    }

    [Fact]
    public void A_subscription_whose_template_failed_triggers_once_the_template_is_fixed()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        UseTemplate(fixture, FailsForSwedish);
        var swede = fixture.Subscribe(fixture.Contact("sven@example.com"), "SKU-1", "sv-SE");
        fixture.Emulator.StockLevels.Update([new("SKU-1", 5, "sv-SE", null)]);

        fixture.Emulator.Automations.Replace([DefaultAutomation.Create()]);
        fixture.Emulator.StockLevels.Update([new("SKU-1", 5, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle().Which.SubscriptionId.Should().Be(swede.Id);
    }

    [Fact]
    public void A_template_that_fails_on_sample_data_is_refused_naming_the_automation_and_the_locale()
    {
        using var fixture = new EmulatorFixture("memory");
        var automation = DefaultAutomation.Create();
        var broken = automation with
        {
            Email = automation.Email! with
            {
                ByLocale = new Dictionary<string, EmailContent> { ["sv-SE"] = new("Tillbaka", "{{ for i in 1..20000 }}x{{ end }}") },
            },
        };

        var replace = () => fixture.Emulator.Automations.Replace([broken]);

        var refused = replace.Should().Throw<EmulatorException>().Which;
        refused.Error.Should().Be(ErrorCatalogue.ValidationError);
        refused.Fields.Should().ContainKey("$[0].email.byLocale.sv-SE")
            .WhoseValue.Should().ContainSingle().Which.Should().Contain("automation back-in-stock, locale sv-SE").And.Contain("LoopLimit");
        fixture.Emulator.Automations.List().Single().Email!.ByLocale["sv-SE"].Html.Should().NotContain("20000", "nothing of a refused set is stored");
    }

    [Theory]
    [InlineData(ConditionType.SubscriptionTime, "olderThan")]
    [InlineData(ConditionType.Purchase, "notPurchasedWithin")]
    public void A_window_longer_than_a_hundred_years_is_refused_at_upload_not_at_the_first_stock_update(ConditionType type, string op)
    {
        using var fixture = new EmulatorFixture("memory");
        var longest = DefaultAutomation.Create() with { Conditions = [new AutomationCondition(type, op, Days: ConditionOperators.MaxDays)] };

        fixture.Emulator.Automations.Replace([longest]);
        var replace = () => fixture.Emulator.Automations.Replace([longest with { Conditions = [new AutomationCondition(type, op, Days: 1e9)] }]);

        replace.Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$[0].conditions[0].days");
    }

    [Fact]
    public void A_batch_that_start_ups_keep_failing_to_finish_is_quarantined_into_the_log_and_start_up_goes_on()
    {
        using var fixture = new EmulatorFixture("file");
        fixture.Feed("sv-SE", "SKU-1");
        var contact = fixture.Contact("a@example.com");
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        var batch = fixture.Emulator.StockLevels.Accept([new StockLevelItem("SKU-1", 4, "sv-SE", null), new StockLevelItem("SKU-2", 1, null, null)]);
        fixture.Emulator.Dispose();

        // As if the process had died while finishing it at as many start-ups as are allowed.
        using (var store = LiteDbStore.Open(fixture.Options.Store))
        {
            store.Write(session => session.UpdateBatch(batch with { Attempts = StockLevelService.MaxStartupAttempts }));
        }

        fixture.Reopen();

        fixture.Emulator.Outbox.List(new()).Should().BeEmpty();
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle("a quarantined batch uses nothing");
        fixture.Emulator.StockLevels.Current().Select(l => (l.Sku, l.Quantity)).Should().BeEquivalentTo(new[] { ("SKU-1", 4), ("SKU-2", 1) }, "the 202 acknowledged its levels");
        fixture.Emulator.IntegrationLog.List(new(BatchId: batch.Id)).Should().HaveCount(2)
            .And.OnlyContain(e => e.Error!.StartsWith("Quarantined", StringComparison.Ordinal));
        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 4, "sv-SE", null)]);
        fixture.Emulator.Outbox.List(new()).Should().ContainSingle();
    }

    [Fact]
    public void An_empty_batch_start_ups_could_not_finish_leaves_the_pending_list_when_quarantined()
    {
        using var fixture = new EmulatorFixture("file");
        var batch = fixture.Emulator.StockLevels.Accept([]);
        fixture.Emulator.Dispose();
        using (var store = LiteDbStore.Open(fixture.Options.Store))
        {
            store.Write(session => session.UpdateBatch(batch with { Attempts = StockLevelService.MaxStartupAttempts }));
        }

        fixture.Reopen();
        fixture.Emulator.Dispose();

        using var reopened = LiteDbStore.Open(fixture.Options.Store);
        reopened.Read(session => session.PendingBatches()).Should().BeEmpty("a quarantined batch is never tried again");
    }

    [Fact]
    public void A_batch_resumed_at_start_up_goes_on_from_the_first_item_it_had_not_applied()
    {
        using var fixture = new EmulatorFixture("file");
        fixture.Feed("sv-SE", "SKU-1", "SKU-2", "SKU-3");
        var first = fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE");
        var second = fixture.Subscribe(fixture.Contact("b@example.com"), "SKU-2", "sv-SE");
        var third = fixture.Subscribe(fixture.Contact("c@example.com"), "SKU-3", "sv-SE");
        var batch = fixture.Emulator.StockLevels.Accept([new("SKU-1", 4, "sv-SE", null), new("SKU-2", 4, "sv-SE", null), new("SKU-3", 4, "sv-SE", null)]);
        fixture.Emulator.Dispose();

        // As if the process had died after applying the first item on its own (the item-by-item path records its progress).
        using (var store = LiteDbStore.Open(fixture.Options.Store))
        {
            store.Write(session => session.UpdateBatch(batch with { Done = 1 }));
        }

        fixture.Reopen();

        fixture.Emulator.Outbox.List(new()).Select(e => e.SubscriptionId).Should().BeEquivalentTo([second.Id, third.Id]);
        fixture.Emulator.Subscriptions.ListFor(first.ContactId).Should().ContainSingle("the first item counts as applied").Which.Id.Should().Be(first.Id);
        fixture.Emulator.IntegrationLog.List(new(BatchId: batch.Id)).Select(e => (e.ItemIndex, e.Sku)).Should().BeEquivalentTo([(1, "SKU-2"), (2, "SKU-3")]);
    }

    [Fact]
    public void A_batch_pending_at_start_up_counts_its_try_before_it_runs()
    {
        using var fixture = new EmulatorFixture("file");
        fixture.Feed("sv-SE", "SKU-1");
        fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE");
        var batch = fixture.Emulator.StockLevels.Accept([new StockLevelItem("SKU-1", 4, "sv-SE", null)]);
        fixture.Emulator.Dispose();
        using (var store = LiteDbStore.Open(fixture.Options.Store))
        {
            store.Write(session => session.UpdateBatch(batch with { Attempts = StockLevelService.MaxStartupAttempts - 1 }));
        }

        fixture.Reopen();

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle("one try is still allowed").Which.BatchId.Should().Be(batch.Id);
    }

    [Fact]
    public void The_emails_of_one_batch_share_a_time_budget_and_the_subscriptions_past_it_wait()
    {
        using var fixture = new EmulatorFixture("memory", options => options.RenderBudget = options.RenderBudget with { BatchTime = TimeSpan.FromTicks(1) });
        fixture.Feed("sv-SE", "SKU-1");
        var subscriptions = Enumerable.Range(0, 3).Select(i => fixture.Subscribe(fixture.Contact($"s{i}@example.com"), "SKU-1", "sv-SE")).ToList();

        fixture.Emulator.StockLevels.Update([new("SKU-1", 5, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle("the first email spends the batch's budget").Which.SubscriptionId.Should().Be(subscriptions[0].Id);
        var waiting = fixture.Emulator.IntegrationLog.List(new()).Single().Considered.Where(c => c.Outcome == Outcomes.Failed).ToList();
        waiting.Select(c => c.SubscriptionId).Should().BeEquivalentTo(subscriptions.Skip(1).Select(s => s.Id));
        waiting.Should().OnlyContain(c => c.Error!.Contains("spent their budget", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rendering_does_not_hold_the_write_lock_other_requests_wait_on()
    {
        // One render that runs until its budget (3 s) stops it: the batch is in its render for all that time.
        using var fixture = new EmulatorFixture("memory", options => options.RenderBudget = options.RenderBudget with { Time = TimeSpan.FromSeconds(3), LoopIterations = int.MaxValue });
        fixture.Feed("sv-SE", "SKU-1");
        UseTemplate(fixture, "{{ if subscription.locale == 'sv-SE' }}{{ for i in 1..2000000000 }}{{ end }}{{ end }}");
        fixture.Subscribe(fixture.Contact("waiting@example.com"), "SKU-1", "sv-SE");

        var update = Task.Run(() => fixture.Emulator.StockLevels.Update([new("SKU-1", 5, "sv-SE", null)]));
        await Task.Delay(200);
        fixture.Contact("during@example.com");

        update.IsCompleted.Should().BeFalse("the contact was written while the batch was still rendering");
        await update;
        fixture.Emulator.IntegrationLog.List(new()).Single().Considered.Should().ContainSingle().Which.Outcome.Should().Be(Outcomes.Failed);
    }

    private static void UseTemplate(EmulatorFixture fixture, string html)
    {
        var automation = DefaultAutomation.Create();
        fixture.Emulator.Automations.Replace([automation with { Email = new EmailTemplate(new EmailContent("Back: {{ product.title }}", html), new Dictionary<string, EmailContent>()) }]);
    }
}
