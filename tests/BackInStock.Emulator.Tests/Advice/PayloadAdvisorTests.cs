using BackInStock.Emulator.Automations;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests.Advice;

/// <summary>The rules behind the validate command's warnings, each on its own.</summary>
public sealed class PayloadAdvisorTests : IDisposable
{
    private readonly EmulatorFixture _fixture = new("memory");

    public PayloadAdvisorTests() => _fixture.Feed("sv-SE", "SKU-1");

    private IEnumerable<string> Codes(params StockLevelItem[] items) =>
        _fixture.Emulator.Advisor.StockLevels(items).Select(a => $"{a.Path} {a.Code}");

    [Fact]
    public void An_item_that_would_trigger_draws_no_warning()
    {
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE", "M1");

        Codes(new StockLevelItem("SKU-1", 3, "sv-se", "M1")).Should().BeEmpty("locales compare case-insensitively");
    }

    [Fact]
    public void A_repeated_item_is_pointed_at()
    {
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE");

        Codes(new StockLevelItem("SKU-1", 3, "sv-SE", null), new StockLevelItem("SKU-1", 0, "SV-SE", null))
            .Should().Equal("$[1] RepeatedItem", "$[1].quantity QuantityNeverTriggers");
    }

    [Fact]
    public void A_quantity_under_every_threshold_and_no_enabled_automation_are_warned_about()
    {
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE");
        _fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { MinimumQuantity = 5 }]);

        Codes(new StockLevelItem("SKU-1", 3, "sv-SE", null)).Should().Equal("$[0].quantity BelowThreshold");

        _fixture.Emulator.Automations.Replace([DefaultAutomation.Create() with { Enabled = false }]);
        Codes(new StockLevelItem("SKU-1", 3, "sv-SE", null)).Should().Equal("$ NoEnabledAutomation");
    }

    [Fact]
    public void A_padded_sku_and_an_oddly_shaped_locale_are_warned_about()
    {
        Codes(new StockLevelItem(" SKU-1", 3, "sv_SE", null))
            .Should().Equal("$[0].sku SkuWhitespace", "$[0].locale LocaleShape", "$[0].locale LocaleWithoutFeed", "$[0].sku NoSubscriptions");
    }

    [Fact]
    public void A_second_identical_subscription_is_recognised()
    {
        var contact = _fixture.Contact("a@example.com");
        _fixture.Subscribe(contact, "SKU-1", "sv-SE");

        _fixture.Emulator.Advisor.Subscription(new NewSubscription(contact.Id, "SKU-1", "SV-SE", null))
            .Select(a => a.Code).Should().Equal("AlreadySubscribed");
        _fixture.Emulator.Advisor.StorefrontSubscription("A@example.com", "SKU-1", "sv-SE", "M1")
            .Should().BeEmpty("the Market ID differs, so it would be a new subscription for the existing contact");
        _fixture.Emulator.Advisor.StorefrontSubscription("new@example.com", "SKU-2", "en-US", "M1")
            .Select(a => a.Code).Should().Equal("ContactWillBeCreated", "LocaleWithoutFeed");
    }

    public void Dispose() => _fixture.Dispose();
}
