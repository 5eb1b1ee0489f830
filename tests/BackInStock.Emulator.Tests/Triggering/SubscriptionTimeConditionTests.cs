using BackInStock.Emulator.Automations;
using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>A subscription is older or newer than a number of days by the emulator clock; at exactly that age it is neither.</summary>
public sealed class SubscriptionTimeConditionTests
{
    [Theory]
    [InlineData("olderThan", -1, false)]
    [InlineData("olderThan", 0, false)]
    [InlineData("olderThan", 1, true)]
    [InlineData("newerThan", -1, true)]
    [InlineData("newerThan", 0, false)]
    [InlineData("newerThan", 1, false)]
    public void At_exactly_the_age_a_subscription_is_neither_older_nor_newer(string op, int secondsPastSevenDays, bool sent)
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        var subscription = fixture.Subscribe(fixture.Contact("shopper@example.com"), "SKU-1", "sv-SE");
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { Conditions = [new AutomationCondition(ConditionType.SubscriptionTime, op, Days: 7)] }]);
        fixture.Clock.Advance(subscription.CreatedOn + TimeSpan.FromDays(7) + TimeSpan.FromSeconds(secondsPastSevenDays) - fixture.Clock.GetUtcNow());

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().HaveCount(sent ? 1 : 0);
    }

    [Fact]
    public void The_log_says_how_long_ago_the_contact_subscribed()
    {
        ConditionContext.Decide(new AutomationCondition(ConditionType.SubscriptionTime, "olderThan", Days: 2.5)).Should().Be((true, "subscribed 3 days ago; olderThan 2.5 days"));
        ConditionContext.Decide(new AutomationCondition(ConditionType.SubscriptionTime, "newerThan", Days: 2.5)).Should().Be((false, "subscribed 3 days ago; newerThan 2.5 days"));
    }
}
