using BackInStock.Emulator.Centra;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Klaviyo;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests.Klaviyo;

/// <summary>
/// Centra's back-in-stock page: below the "Minimum stock level" of Free-To-Allocate stock Centra triggers
/// no back-in-stock update for the provider; "Minimum stock value is 10 by default". It holds for the
/// Centra → Klaviyo flow only; Engage's own subscriptions are released by any stock.
/// </summary>
public sealed class CentraMinimumStockTests
{
    private static readonly BackInStockVariant PagesVariant = new(new CentraItem("12366", "23400"), new ShipTo("SE", null));

    private static EmulatorFixture Fixture(string store = "memory", int? minimum = null) => new(store, options =>
    {
        options.DemoCatalog = true;
        if (minimum is { } configured)
        {
            options.CentraMinimumStock = configured;
        }
    });

    private static int EmailsAfter(EmulatorFixture fixture, int quantity)
    {
        fixture.Emulator.StockLevels.Update([new StockLevelItem("BIS-12366-M", quantity, null, "SE")]);
        return fixture.Emulator.Outbox.List(new EmailQuery()).Count;
    }

    [Fact]
    public void By_default_the_minimum_is_10()
    {
        new EmulatorOptions().CentraMinimumStock.Should().Be(10);
    }

    [Fact]
    public void A_klaviyo_subscription_waits_at_9_and_is_released_at_10()
    {
        using var fixture = Fixture();
        fixture.Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "x");

        EmailsAfter(fixture, 9).Should().Be(0);
        EmailsAfter(fixture, 10).Should().Be(1);
    }

    [Fact]
    public void The_subscription_says_it_came_through_centras_klaviyo_flow()
    {
        using var fixture = Fixture();

        var subscription = fixture.Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "x").Subscription;

        subscription.Source.Should().Be(SubscriptionSource.CentraKlaviyo);
    }

    [Fact]
    public void The_log_names_centras_condition_and_the_quantity()
    {
        using var fixture = Fixture();
        fixture.Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "x");

        EmailsAfter(fixture, 4);

        var condition = fixture.Emulator.IntegrationLog.List(new LogQuery()).Single().Considered.Single().Conditions[0];
        condition.Should().Be(new ConditionResult("predefined", "Centra minimum stock: quantity >= 10", false, "quantity is 4"));
    }

    [Fact]
    public void An_engage_subscription_is_released_by_any_stock_over_0()
    {
        using var fixture = Fixture();
        var contact = fixture.Contact("engage@example.com");
        fixture.Subscribe(contact, "BIS-12366-M", "sv-SE", "SE");

        EmailsAfter(fixture, 1).Should().Be(1);
        fixture.Emulator.IntegrationLog.List(new LogQuery()).Single().Considered.Single().Conditions[0].Condition.Should().Be("quantity > 0");
    }

    [Theory]
    [InlineData(3, 2, false)]
    [InlineData(3, 3, true)]
    [InlineData(25, 24, false)]
    [InlineData(25, 25, true)]
    public void The_minimum_is_configurable(int minimum, int quantity, bool released)
    {
        using var fixture = Fixture(minimum: minimum);
        fixture.Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "x");

        (EmailsAfter(fixture, quantity) == 1).Should().Be(released);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_minimum_of_0_or_less_still_needs_stock(int minimum)
    {
        using var fixture = Fixture(minimum: minimum);
        fixture.Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "x");

        EmailsAfter(fixture, 0).Should().Be(0);
        EmailsAfter(fixture, 1).Should().Be(1);
    }

    [Fact]
    public void The_source_survives_a_restart_on_the_same_file()
    {
        using var fixture = Fixture("file");
        fixture.Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "x");

        fixture.Reopen();

        EmailsAfter(fixture, 5).Should().Be(0, "a restart must not turn the subscription into Engage's");
        fixture.Emulator.Subscriptions.Overview(10).Single().Subscription.Source.Should().Be(SubscriptionSource.CentraKlaviyo);
    }
}
