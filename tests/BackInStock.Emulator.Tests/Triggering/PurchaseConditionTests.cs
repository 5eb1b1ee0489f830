using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Receipts;
using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>
/// The purchase condition looks at the subscriber's receipts on the emulator clock: only a PURCHASE line of the subscription's own SKU,
/// on a receipt dated within the window (its first instant included), counts.
/// </summary>
public sealed class PurchaseConditionTests
{
    private static (EmulatorFixture Fixture, Contact Contact) Subscribed(string op, double days = 30)
    {
        var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1", "SKU-2");
        var contact = fixture.Contact("shopper@example.com");
        fixture.Subscribe(contact, "SKU-1", "sv-SE");
        fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { Conditions = [new AutomationCondition(ConditionType.Purchase, op, Days: days)] }]);
        return (fixture, contact);
    }

    private static void Bought(EmulatorFixture fixture, Contact contact, TimeSpan ago, params ReceiptItem[] items) =>
        fixture.Emulator.Receipts.Register(contact.Id.ToString(), "contactId", $"R-{Guid.NewGuid():N}", fixture.Clock.GetUtcNow() - ago, items);

    private static bool Triggers(EmulatorFixture fixture)
    {
        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);
        return fixture.Emulator.Outbox.List(new()).Count > 0;
    }

    [Theory]
    [InlineData("notPurchasedWithin", true)]
    [InlineData("purchasedWithin", false)]
    public void A_purchase_of_another_sku_does_not_count(string op, bool sent)
    {
        var (fixture, contact) = Subscribed(op);
        using var _ = fixture;
        Bought(fixture, contact, TimeSpan.FromDays(1), new ReceiptItem("PURCHASE", "SKU-2", 1));

        Triggers(fixture).Should().Be(sent);
    }

    [Theory]
    [InlineData("notPurchasedWithin", true)]
    [InlineData("purchasedWithin", false)]
    public void A_return_of_the_sku_is_not_a_purchase(string op, bool sent)
    {
        var (fixture, contact) = Subscribed(op);
        using var _ = fixture;
        Bought(fixture, contact, TimeSpan.FromDays(1), new ReceiptItem("RETURN", "SKU-1", 1));

        Triggers(fixture).Should().Be(sent);
    }

    [Theory]
    [InlineData("notPurchasedWithin", false)]
    [InlineData("purchasedWithin", true)]
    public void A_purchase_line_of_the_sku_counts_whatever_else_the_receipt_holds(string op, bool sent)
    {
        var (fixture, contact) = Subscribed(op);
        using var _ = fixture;
        Bought(fixture, contact, TimeSpan.FromDays(1), new ReceiptItem("RETURN", "SKU-2", 1), new ReceiptItem("purchase", "SKU-1", 1), new ReceiptItem("PURCHASE", "SKU-2", 1));

        Triggers(fixture).Should().Be(sent);
    }

    [Theory]
    [InlineData("purchasedWithin", 0, true)]
    [InlineData("purchasedWithin", 1, false)]
    [InlineData("notPurchasedWithin", 0, false)]
    [InlineData("notPurchasedWithin", 1, true)]
    public void The_window_starts_exactly_its_days_before_the_update(string op, int secondsBeforeTheWindow, bool sent)
    {
        var (fixture, contact) = Subscribed(op, days: 30);
        using var _ = fixture;
        Bought(fixture, contact, TimeSpan.FromDays(30) + TimeSpan.FromSeconds(secondsBeforeTheWindow), new ReceiptItem("PURCHASE", "SKU-1", 1));

        Triggers(fixture).Should().Be(sent);
    }

    [Theory]
    [InlineData("purchasedWithin", false)]
    [InlineData("notPurchasedWithin", true)]
    public void Without_receipts_nothing_was_purchased(string op, bool sent)
    {
        var (fixture, _) = Subscribed(op);
        using var __ = fixture;

        Triggers(fixture).Should().Be(sent);
    }

    [Fact]
    public void The_log_says_what_was_purchased_in_which_window()
    {
        var bought = ConditionContext.For(receipts: [new Receipt("R-1", Guid.Empty, ConditionContext.Now.AddDays(-2), [new ReceiptItem("PURCHASE", "SKU-1", 1)])]);

        ConditionContext.Decide(new AutomationCondition(ConditionType.Purchase, "purchasedWithin", Days: 7), bought).Should().Be((true, "purchased SKU-1 in the last 7 days"));
        ConditionContext.Decide(new AutomationCondition(ConditionType.Purchase, "notPurchasedWithin", Days: 1.5), bought).Should().Be((true, "has not purchased SKU-1 in the last 1.5 days"));
    }
}
