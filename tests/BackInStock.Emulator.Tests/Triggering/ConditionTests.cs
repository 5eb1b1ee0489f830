using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Triggering;

public sealed class ConditionTests
{
    private static (EmulatorFixture Fixture, Contact Contact) Setup()
    {
        var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        return (fixture, fixture.Contact("shopper@example.com", "Ada"));
    }

    private static bool Triggers(EmulatorFixture fixture, int quantity = 5, string locale = "sv-SE")
    {
        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", quantity, locale, null)]);
        return fixture.Emulator.Outbox.List(new()).Count > 0;
    }

    private static void Only(EmulatorFixture fixture, params AutomationCondition[] conditions) =>
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { Conditions = conditions }]);

    [Theory]
    [InlineData(0, false)]
    [InlineData(-3, false)]
    [InlineData(1, true)]
    public void The_quantity_must_be_over_zero(int quantity, bool sent)
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        fixture.Subscribe(contact, "SKU-1", "sv-SE");

        Triggers(fixture, quantity).Should().Be(sent);

        var result = fixture.Emulator.IntegrationLog.List(new()).Single().Considered.Single().Conditions.First(c => c.Condition == "quantity > 0");
        result.Passed.Should().Be(sent);
    }

    [Fact]
    public void A_locale_without_a_feed_keeps_the_subscription_and_the_log_says_why()
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        var subscription = fixture.Subscribe(contact, "SKU-1", "de-DE");

        Triggers(fixture, locale: "de-DE").Should().BeFalse();

        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle().Which.Should().Be(subscription);
        var entry = fixture.Emulator.IntegrationLog.List(new()).Single();
        var considered = entry.Considered.Single();
        considered.Outcome.Should().Be("kept");
        considered.Conditions.Single(c => c.Condition == "feed exists for locale").Should().Match<IntegrationLog.ConditionResult>(c => !c.Passed && c.Detail.Contains("de-DE"));
        entry.Warnings.Should().Contain(w => w.Contains("No product feed exists for de-DE"));
    }

    [Fact]
    public void A_sku_missing_from_the_feed_keeps_the_subscription()
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        fixture.Subscribe(contact, "SKU-404", "sv-SE");

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-404", 5, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().BeEmpty();
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle();
        fixture.Emulator.IntegrationLog.List(new()).Single().Considered.Single().Conditions
            .Single(c => c.Condition == "sku in feed").Passed.Should().BeFalse();
    }

    [Theory]
    [InlineData(ConditionType.Locale, "in", null, "sv-se", true)]
    [InlineData(ConditionType.Locale, "notIn", null, "sv-SE", false)]
    [InlineData(ConditionType.Quantity, "greaterThanOrEqual", null, "5", true)]
    [InlineData(ConditionType.Quantity, "greaterThan", null, "5", false)]
    [InlineData(ConditionType.Sku, "startsWith", null, "SKU-", true)]
    [InlineData(ConditionType.Sku, "in", null, "SKU-2", false)]
    [InlineData(ConditionType.ExternalId, "notExists", null, null, true)]
    [InlineData(ConditionType.ExternalId, "exists", null, null, false)]
    [InlineData(ConditionType.ProductData, "equals", "brand", "acme", true)]
    [InlineData(ConditionType.ProductData, "lessThan", "price", "100", false)]
    [InlineData(ConditionType.ContactAttribute, "equals", "firstName", "Ada", true)]
    [InlineData(ConditionType.ContactAttribute, "equals", "acceptsEmail", "true", false)]
    public void A_custom_condition_decides_whether_the_automation_starts(ConditionType type, string op, string? field, string? value, bool sent)
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        Only(fixture, new AutomationCondition(type, op, field, value is null ? null : [value]));

        Triggers(fixture).Should().Be(sent);

        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().HaveCount(sent ? 0 : 1);
        var conditions = fixture.Emulator.IntegrationLog.List(new()).Single().Considered.Single().Conditions;
        var custom = conditions[^1];
        custom.Scope.Should().Be(DefaultAutomation.Id);
        custom.Passed.Should().Be(sent);
    }

    [Theory]
    [InlineData("olderThan", 7, 10, true)]
    [InlineData("olderThan", 7, 3, false)]
    [InlineData("newerThan", 7, 3, true)]
    public void Subscription_time_is_measured_on_the_emulator_clock(string op, double days, int waitedDays, bool sent)
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        Only(fixture, new AutomationCondition(ConditionType.SubscriptionTime, op, Days: days));
        fixture.Clock.Advance(TimeSpan.FromDays(waitedDays));

        Triggers(fixture).Should().Be(sent);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(40, true)]
    public void A_recent_purchase_of_the_sku_stops_a_not_purchased_within_condition(int daysSincePurchase, bool sent)
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        fixture.Emulator.Receipts.Register(contact.Email!, "email", "R-1", fixture.Clock.GetUtcNow(), [new("PURCHASE", "SKU-1", 1)]);
        fixture.Clock.Advance(TimeSpan.FromDays(daysSincePurchase));
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        Only(fixture, new AutomationCondition(ConditionType.Purchase, "notPurchasedWithin", Days: 30));

        Triggers(fixture).Should().Be(sent);
    }

    [Fact]
    public void The_trigger_threshold_is_configurable()
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { MinimumQuantity = 10 }]);

        Triggers(fixture, quantity: 9).Should().BeFalse();
        Triggers(fixture, quantity: 10).Should().BeTrue();
    }

    [Fact]
    public void An_automation_that_does_not_communicate_still_uses_the_subscription()
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { Email = null }]);

        Triggers(fixture).Should().BeFalse("no email goes out");

        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().BeEmpty();
        fixture.Emulator.IntegrationLog.List(new()).Single().SentToTrigger.Should().Be(1);
    }

    [Theory]
    [InlineData("sv-SE", "finns i lager igen")]
    [InlineData("en-US", "is back in stock")]
    [InlineData("pl-PL", "jest znowu dostępny")]
    [InlineData("fi-FI", "is back in stock")]
    public void The_value_split_picks_the_subscriptions_locale_content(string locale, string subjectPart)
    {
        var (fixture, contact) = Setup();
        using var _ = fixture;
        fixture.Feed(locale, "SKU-1");
        fixture.Subscribe(contact, "SKU-1", locale);

        Triggers(fixture, locale: locale).Should().BeTrue();

        var email = fixture.Emulator.Outbox.List(new()).Single();
        email.Subject.Should().Be($"Product SKU-1 ({locale}) {subjectPart}");
        email.Html.Should().Contain("Ada").And.Contain($"https://shop.example.com/SKU-1").And.Contain("499.00 SEK");
        email.To.Should().Be("shopper@example.com");
    }

    [Fact]
    public void Invalid_conditions_and_templates_are_refused_with_their_paths()
    {
        var (fixture, _) = Setup();
        using var __ = fixture;
        var broken = DefaultAutomation.Create() with
        {
            Conditions = [new AutomationCondition(ConditionType.Quantity, "between"), new AutomationCondition(ConditionType.ProductData, "equals", Values: ["x"])],
            Email = new EmailTemplate(new EmailContent("{{ end }}", "<p>ok</p>"), new Dictionary<string, EmailContent>()),
        };

        var replace = () => fixture.Emulator.Automations.Replace([broken]);

        replace.Should().Throw<Errors.EmulatorException>().Which.Fields!.Keys
            .Should().BeEquivalentTo("$[0].conditions[0].operator", "$[0].conditions[1].field", "$[0].email.default.subject");
        fixture.Emulator.Automations.List().Single().Should().BeEquivalentTo(DefaultAutomation.Create());
    }
}
