using BackInStock.Client;
using BackInStock.Testing;

namespace FixtureConsumer;

public sealed class ClockTests
{
    [Fact]
    public async Task Moving_the_clock_on_makes_a_subscription_old_enough_to_trigger()
    {
        await using var engage = await EngageEmulator.StartAsync();
        await Shop.LoadFeedAsync(engage);
        var automations = (await engage.Client.Automations.ListAutomationsAsync()).Data;
        automations[0].Conditions.Add(new AutomationCondition { Type = ConditionType.SubscriptionTime, Operator = "olderThan", Days = 7 });
        await engage.Client.Automations.ReplaceAutomationsAsync(automations);
        var shopper = await Shop.NewShopperAsync(engage);
        await Shop.SubscribeAsync(engage, shopper);

        await engage.StockLevels.SetAsync(Shop.Sku, quantity: 3, locale: Shop.Locale);
        Assert.Empty(await engage.Outbox.ListAsync());

        await engage.Clock.AdvanceAsync(TimeSpan.FromDays(8));
        await engage.StockLevels.SetAsync(Shop.Sku, quantity: 3, locale: Shop.Locale);

        var email = await engage.Outbox.WaitForEmailAsync(shopper.Attributes.Email!, TimeSpan.FromSeconds(5));
        Assert.Equal(Shop.Sku, email.Sku);
    }

    [Fact]
    public async Task A_frozen_clock_stamps_subscriptions_with_its_time()
    {
        await using var engage = await EngageEmulator.StartAsync();
        var at = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

        var clock = await engage.Clock.FreezeAsync(at);
        var subscription = await Shop.SubscribeAsync(engage, await Shop.NewShopperAsync(engage));

        Assert.True(clock.Frozen);
        Assert.Equal(at, subscription.CreatedOn);
    }
}
