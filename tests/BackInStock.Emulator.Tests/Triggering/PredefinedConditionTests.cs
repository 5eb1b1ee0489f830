using BackInStock.Emulator.Automations;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>
/// The trigger's predefined conditions (quantity over zero, a feed for the locale, the SKU in it) come before any automation:
/// a subscription that fails one is kept without asking the automations, and the log shows each verdict.
/// </summary>
public sealed class PredefinedConditionTests
{
    private static EmulatorFixture Fixture()
    {
        var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        return fixture;
    }

    private static ConsideredSubscription Considered(EmulatorFixture fixture) =>
        fixture.Emulator.IntegrationLog.List(new())[0].Considered.Single();

    [Fact]
    public void Quantity_zero_never_triggers_even_for_an_automation_whose_threshold_is_zero()
    {
        using var fixture = Fixture();
        var contact = fixture.Contact("a@example.com");
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { MinimumQuantity = 0 }]);

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 0, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().BeEmpty();
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle();
        var considered = Considered(fixture);
        considered.Outcome.Should().Be(Outcomes.Kept);
        considered.Conditions.Should().Equal(
            new ConditionResult("predefined", "quantity > 0", false, "quantity is 0"),
            new ConditionResult("predefined", "feed exists for locale", true, "feed sv-SE (1 products)"),
            new ConditionResult("predefined", "sku in feed", true, "\"Product SKU-1 (sv-SE)\""));
    }

    [Fact]
    public void An_automation_whose_threshold_is_zero_triggers_at_quantity_one()
    {
        using var fixture = Fixture();
        fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE");
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { MinimumQuantity = 0 }]);

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 1, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle();
        Considered(fixture).Conditions.Should().Contain(new ConditionResult(DefaultAutomation.Id, "threshold: quantity >= 0", true, "quantity is 1"));
    }

    [Fact]
    public void A_sku_missing_from_the_feed_is_kept_without_asking_the_automations()
    {
        using var fixture = Fixture();
        fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-404", "sv-SE");

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-404", 5, "sv-SE", null)]);

        var considered = Considered(fixture);
        considered.Outcome.Should().Be(Outcomes.Kept);
        considered.Error.Should().BeNull();
        considered.Automations.Should().BeEmpty();
        considered.Conditions.Should().OnlyContain(c => c.Scope == "predefined");
        considered.Conditions[^1].Should().Be(new ConditionResult("predefined", "sku in feed", false, "SKU-404 is not in the sv-SE feed"));
    }

    [Fact]
    public void The_threshold_and_every_custom_condition_must_all_pass()
    {
        using var fixture = Fixture();
        var contact = fixture.Contact("a@example.com");
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        var passing = new AutomationCondition(ConditionType.Locale, "in", Values: ["sv-SE"]);
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { MinimumQuantity = 10, Conditions = [passing] }]);

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().BeEmpty("the threshold failed though the condition passed");
        var conditions = Considered(fixture).Conditions;
        conditions.Should().Contain(new ConditionResult(DefaultAutomation.Id, "threshold: quantity >= 10", false, "quantity is 5"));
        conditions[^1].Should().Match<ConditionResult>(c => c.Condition == "Locale in" && c.Passed);
    }

    [Fact]
    public void One_failing_condition_among_passing_ones_stops_the_automation()
    {
        using var fixture = Fixture();
        fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE");
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with
        {
            Conditions =
            [
                new AutomationCondition(ConditionType.ProductData, "equals", "brand", ["Nike"]),
                new AutomationCondition(ConditionType.Quantity, "greaterThan", Values: ["1"]),
            ],
        }]);

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().BeEmpty();
        Considered(fixture).Conditions.Select(c => (c.Condition, c.Passed)).Should().EndWith([("ProductData brand equals", false), ("Quantity greaterThan", true)]);
    }

    [Fact]
    public void Only_enabled_automations_are_run_and_each_that_passes_sends_its_email()
    {
        using var fixture = Fixture();
        var contact = fixture.Contact("a@example.com");
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        var automation = DefaultAutomation.Create();
        fixture.Emulator.Automations.Replace(
        [
            automation with { Id = "first" },
            automation with { Id = "off", Enabled = false },
            automation with { Id = "second" },
        ]);

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Select(e => e.AutomationId).Should().BeEquivalentTo(["first", "second"]);
        var considered = Considered(fixture);
        considered.Automations.Should().Equal("first", "second");
        considered.Conditions.Should().NotContain(c => c.Scope == "off");
        fixture.Emulator.IntegrationLog.List(new()).Single().SentToTrigger.Should().Be(1, "one subscription was sent to the trigger");
    }

    [Fact]
    public void With_every_automation_disabled_nothing_triggers()
    {
        using var fixture = Fixture();
        var contact = fixture.Contact("a@example.com");
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { Enabled = false }]);

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().BeEmpty();
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle();
        Considered(fixture).Outcome.Should().Be(Outcomes.Kept);
    }

    [Fact]
    public void A_subscription_an_earlier_item_used_is_not_considered_again_but_one_it_kept_is()
    {
        using var fixture = Fixture();
        fixture.Feed("pl-PL", "SKU-1");
        var swede = fixture.Subscribe(fixture.Contact("sven@example.com"), "SKU-1", "sv-SE");
        var pole = fixture.Subscribe(fixture.Contact("pola@example.com"), "SKU-1", "pl-PL");

        var batch = fixture.Emulator.StockLevels.Update(
        [
            new StockLevelItem("SKU-1", 5, "sv-SE", null),
            new StockLevelItem("SKU-1", 0, "pl-PL", null),
            new StockLevelItem("SKU-1", 5, null, null),
        ]);

        fixture.Emulator.Outbox.List(new()).Select(e => e.SubscriptionId).Should().BeEquivalentTo([swede.Id, pole.Id]);
        var entries = fixture.Emulator.IntegrationLog.List(new(BatchId: batch)).OrderBy(e => e.ItemIndex).ToList();
        entries[2].Considered.Should().ContainSingle().Which.Should().Match<ConsideredSubscription>(c => c.SubscriptionId == pole.Id && c.Outcome == Outcomes.Triggered);
        entries.Select(e => e.SentToTrigger).Should().Equal(1, 0, 1);
    }
}
