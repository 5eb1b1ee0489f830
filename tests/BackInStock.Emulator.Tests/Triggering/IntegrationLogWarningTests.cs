using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>The integration log warns about an item that cannot do what its sender probably meant, and only then.</summary>
public sealed class IntegrationLogWarningTests
{
    private const string Case3 = "Neither locale nor externalId: the item matches every subscription to the SKU in every locale (case 3).";
    private const string NoMatch = "No subscription matched this item.";

    private static IReadOnlyList<string> WarningsOf(EmulatorFixture fixture, StockLevelItem item, IReadOnlyList<string>? senderWarnings = null)
    {
        var batch = fixture.Emulator.StockLevels.Update([item], senderWarnings);
        return fixture.Emulator.IntegrationLog.List(new(BatchId: batch)).Single().Warnings;
    }

    private static EmulatorFixture Subscribed()
    {
        var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE", "SE-1");
        return fixture;
    }

    [Fact]
    public void An_item_with_neither_locale_nor_external_id_is_warned_that_it_matches_every_locale()
    {
        using var fixture = Subscribed();

        WarningsOf(fixture, new StockLevelItem("SKU-1", 5, null, null)).Should().Equal(Case3);
    }

    [Fact]
    public void An_item_that_matches_in_its_locale_and_feed_has_no_warning()
    {
        using var fixture = Subscribed();

        WarningsOf(fixture, new StockLevelItem("SKU-1", 5, "sv-SE", null)).Should().BeEmpty();
    }

    [Fact]
    public void An_item_with_only_an_external_id_that_matches_has_no_warning()
    {
        using var fixture = Subscribed();

        WarningsOf(fixture, new StockLevelItem("SKU-1", 5, null, "SE-1")).Should().BeEmpty();
    }

    [Fact]
    public void A_sku_not_in_the_locales_feed_is_warned_and_so_is_the_missing_match()
    {
        using var fixture = Subscribed();

        WarningsOf(fixture, new StockLevelItem("SKU-9", 5, "SV-se", null)).Should().Equal(
            "SKU-9 is not in the sv-SE product feed; Engage cannot send an email for it.",
            NoMatch);
    }

    [Fact]
    public void A_locale_without_a_feed_is_warned_once()
    {
        using var fixture = Subscribed();

        WarningsOf(fixture, new StockLevelItem("SKU-1", 5, "fi-FI", null)).Should().Equal(
            "No product feed exists for fi-FI; subscriptions in that locale cannot trigger.",
            NoMatch);
    }

    [Fact]
    public void An_external_id_no_subscription_has_is_warned_that_nothing_matched()
    {
        using var fixture = Subscribed();

        WarningsOf(fixture, new StockLevelItem("SKU-1", 5, null, "NO-1")).Should().Equal(NoMatch);
    }

    [Fact]
    public void The_senders_own_warnings_come_first_on_every_item()
    {
        using var fixture = Subscribed();

        var batch = fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null), new StockLevelItem("SKU-2", 5, null, null)], ["shared integration name"]);

        var entries = fixture.Emulator.IntegrationLog.List(new(BatchId: batch)).OrderBy(e => e.ItemIndex).ToList();
        entries[0].Warnings.Should().Equal("shared integration name");
        entries[1].Warnings.Should().Equal("shared integration name", Case3, NoMatch);
    }
}
