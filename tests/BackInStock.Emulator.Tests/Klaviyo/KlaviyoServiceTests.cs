using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Klaviyo;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Klaviyo;

public sealed class KlaviyoServiceTests : IDisposable
{
    private static readonly BackInStockVariant PagesVariant = new(new CentraItem("12366", "23400"), new ShipTo("SE", null));

    private readonly EmulatorFixture _fixture = new("memory", options => options.DemoCatalog = true);

    private EngageEmulator Emulator => _fixture.Emulator;

    [Fact]
    public void The_pages_subscription_waits_on_the_sizes_sku_in_the_swedish_feed_and_market()
    {
        var result = Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "product item not found");

        result.Sku.Should().Be("BIS-12366-M");
        result.Subscription.Locale.Should().Be("sv-SE");
        result.Subscription.ExternalId.Should().Be("SE");
        result.Contact.Email.Should().Be("test@email.com");
        result.Contact.Lang.Should().Be("sv");
        result.Contact.CountryCode.Should().Be("SE");
    }

    [Fact]
    public void Without_a_language_the_feed_of_the_ship_to_country_is_used()
    {
        Emulator.Klaviyo.Subscribe(new BackInStockVariant(new CentraItem("12366", "23400"), new ShipTo("PL", null)), "a@example.com", null, "$.item", "x")
            .Subscription.Locale.Should().Be("pl-PL");
    }

    [Fact]
    public void An_item_not_in_the_catalog_is_refused_on_the_callers_path()
    {
        var refused = FluentActions.Invoking(() => Emulator.Klaviyo.Subscribe(new BackInStockVariant(new CentraItem("12366", "99999"), new ShipTo("SE", null)), "test@email.com", "sv", "$.item", "product item not found"))
            .Should().Throw<EmulatorException>().Which;

        refused.Error.Should().Be(ErrorCatalogue.ItemNotFound);
        refused.Fields.Should().BeEquivalentTo(new Dictionary<string, List<string>> { ["$.item"] = ["product item not found"] });
    }

    [Fact]
    public void A_stock_update_in_the_ship_to_market_emails_the_shopper_once()
    {
        Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "product item not found");

        Emulator.StockLevels.Update([new StockLevelItem("BIS-12366-M", 10, null, "SE")]);
        Emulator.StockLevels.Update([new StockLevelItem("BIS-12366-M", 15, null, "SE")]);

        var emails = Emulator.Outbox.List(new EmailQuery());
        emails.Should().ContainSingle().Which.To.Should().Be("test@email.com");
        var row = Emulator.Klaviyo.Report().Should().ContainSingle().Subject;
        row.Variant.VariantId.Should().Be("12366_SE_00_23400");
        row.Waiting.Should().Be(0);
        row.Notified.Should().Be(1);
        row.LastNotifiedAt.Should().Be(emails[0].SentAt);
    }

    [Fact]
    public void Stock_in_another_market_leaves_the_shopper_waiting()
    {
        Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "product item not found");

        Emulator.StockLevels.Update([new StockLevelItem("BIS-12366-M", 30, null, "NO")]);

        Emulator.Outbox.List(new EmailQuery()).Should().BeEmpty();
        Emulator.Klaviyo.Report().Should().ContainSingle().Which.Waiting.Should().Be(1);
    }

    [Fact]
    public void The_report_has_a_row_per_variant_sorted_by_id()
    {
        Emulator.Klaviyo.Subscribe(PagesVariant, "test@email.com", "sv", "$.item", "x");
        Emulator.Klaviyo.Subscribe(PagesVariant, "other@email.com", "sv", "$.item", "x");
        Emulator.Klaviyo.Subscribe(new BackInStockVariant(new CentraItem("12366", "23401"), new ShipTo("US", "NY")), "ny@email.com", null, "$.item", "x");

        Emulator.Klaviyo.Report().Select(r => (r.Variant.VariantId, r.Waiting)).Should().Equal(("12366_SE_00_23400", 2), ("12366_US_NY_23401", 1));
    }

    public void Dispose() => _fixture.Dispose();
}
