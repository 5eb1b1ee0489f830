using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Triggering;

public sealed class StockLevelRulesTests
{
    [Fact]
    public void Within_one_batch_the_later_item_for_a_key_sets_its_level()
    {
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 3, "sv-SE", null), new StockLevelItem("SKU-1", 8, "sv-SE", null)]);

        fixture.Emulator.StockLevels.Current("SKU-1").Should().ContainSingle().Which.Quantity.Should().Be(8);
    }

    [Fact]
    public void A_dry_run_shows_the_log_and_the_emails_an_update_would_make_and_keeps_nothing()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        var contact = fixture.Contact("a@example.com");
        var subscription = fixture.Subscribe(contact, "SKU-1", "sv-SE");

        var (entries, emails) = fixture.Emulator.StockLevels.DryRun([new StockLevelItem("SKU-1", 5, "sv-SE", null), new StockLevelItem("SKU-2", 5, null, null)]);

        entries.Select(e => (e.ItemIndex, e.Sku, e.MatchingCase, e.SentToTrigger)).Should().Equal((0, "SKU-1", "sku+locale", 1), (1, "SKU-2", "sku", 0));
        entries[0].Considered.Should().ContainSingle().Which.Outcome.Should().Be(Outcomes.Triggered);
        emails.Should().ContainSingle().Which.SubscriptionId.Should().Be(subscription.Id);
        fixture.Emulator.Outbox.List(new()).Should().BeEmpty();
        fixture.Emulator.IntegrationLog.List(new()).Should().BeEmpty();
        fixture.Emulator.StockLevels.Current().Should().BeEmpty();
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle();
    }

    [Fact]
    public void The_current_levels_can_be_paged_in_key_order()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Emulator.StockLevels.Update([new("SKU-2", 1, null, null), new("SKU-1", 2, "sv-SE", null), new("SKU-1", 3, null, null)]);

        var page = fixture.Emulator.StockLevels.Current(null, 1, 1);

        page.Items.Should().ContainSingle().Which.Quantity.Should().Be(2);
        fixture.Emulator.StockLevels.Current("SKU-1", 0, 10).Items.Select(l => l.Quantity).Should().BeEquivalentTo([2, 3]);
    }

    [Fact]
    public void A_matched_email_carries_the_items_quantity_and_the_subscriptions_keys()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        var contact = fixture.Contact("a@example.com");
        var subscription = fixture.Subscribe(contact, "SKU-1", "sv-SE", "SE-1");

        var batch = fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 7, "SV-SE", "SE-1")]);

        var email = fixture.Emulator.Outbox.List(new()).Single();
        email.Should().Match<Emulator.Outbox.Email>(e => e.BatchId == batch && e.SubscriptionId == subscription.Id && e.ContactId == contact.Id && e.To == "a@example.com"
            && e.Sku == "SKU-1" && e.Locale == "sv-SE" && e.ExternalId == "SE-1" && e.Quantity == 7 && e.AutomationId == "back-in-stock");
    }
}
