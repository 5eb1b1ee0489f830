using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Advice;

/// <summary>Why a stock-level item would match nothing, said with its field, its code and the values involved.</summary>
public sealed class MatchingAdviceTests : IDisposable
{
    private readonly EmulatorFixture _fixture = new("memory");

    public MatchingAdviceTests() => _fixture.Feed("sv-SE", "SKU-1");

    private IReadOnlyList<Emulator.Advice.Advice> Advise(params StockLevelItem[] items) => _fixture.Emulator.Advisor.StockLevels(items);

    [Fact]
    public void An_external_id_no_subscription_uses_is_named_with_the_sku_and_the_value()
    {
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE", "SE-1");

        var advice = Advise(new StockLevelItem("SKU-1", 3, null, "NO-1")).Should().ContainSingle().Subject;

        advice.Path.Should().Be("$[0].externalId");
        advice.Code.Should().Be("ExternalIdUnused");
        advice.Message.Should().Be("No subscription to SKU-1 uses externalId NO-1 (compared exactly), so the item matches none.");
    }

    [Fact]
    public void An_external_id_in_other_letter_case_is_unused_too()
    {
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE", "SE-1");

        Advise(new StockLevelItem("SKU-1", 3, null, "se-1")).Select(a => a.Code).Should().Equal("ExternalIdUnused");
    }

    [Fact]
    public void An_external_id_one_of_several_subscriptions_uses_draws_no_warning()
    {
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE", "SE-1");
        _fixture.Subscribe(_fixture.Contact("b@example.com"), "SKU-1", "sv-SE", "SE-2");

        Advise(new StockLevelItem("SKU-1", 3, null, "SE-2")).Should().BeEmpty();
    }

    [Fact]
    public void A_locale_no_subscription_is_in_is_named_with_the_sku_and_the_locale()
    {
        _fixture.Feed("pl-PL", "SKU-1");
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE");

        var advice = Advise(new StockLevelItem("SKU-1", 3, "pl-PL", null)).Should().ContainSingle().Subject;

        advice.Path.Should().Be("$[0].locale");
        advice.Code.Should().Be("LocaleUnused");
        advice.Message.Should().Be("The subscriptions to SKU-1 are in other locales than pl-PL, so the item matches none.");
    }

    [Fact]
    public void A_locale_one_of_several_subscriptions_is_in_draws_no_warning_whatever_its_letter_case()
    {
        _fixture.Feed("pl-PL", "SKU-1");
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE");
        _fixture.Subscribe(_fixture.Contact("b@example.com"), "SKU-1", "pl-PL");

        Advise(new StockLevelItem("SKU-1", 3, "PL-pl", null)).Should().BeEmpty();
    }

    [Fact]
    public void A_wrong_external_id_is_the_reason_given_even_when_the_locale_is_wrong_too()
    {
        _fixture.Feed("pl-PL", "SKU-1");
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE", "SE-1");

        Advise(new StockLevelItem("SKU-1", 3, "pl-PL", "NO-1")).Select(a => a.Code).Should().Equal("ExternalIdUnused");
    }

    [Fact]
    public void No_subscription_for_the_sku_names_the_sku()
    {
        var advice = Advise(new StockLevelItem("SKU-1", 3, "sv-SE", null)).Should().ContainSingle().Subject;

        advice.Path.Should().Be("$[0].sku");
        advice.Code.Should().Be("NoSubscriptions");
        advice.Message.Should().Be("No subscription waits for SKU-1; the level is recorded and nothing is sent.");
    }

    [Fact]
    public void Case_3_is_pointed_out_on_the_item_itself()
    {
        _fixture.Subscribe(_fixture.Contact("a@example.com"), "SKU-1", "sv-SE");

        var advice = Advise(new StockLevelItem("SKU-1", 3, null, null)).Should().ContainSingle().Subject;

        advice.Path.Should().Be("$[0]");
        advice.Code.Should().Be("NoLocaleOrExternalId");
    }

    [Fact]
    public void The_integration_log_says_when_nothing_matched_and_names_no_field()
    {
        _fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 3, "sv-SE", null)]);

        _fixture.Emulator.IntegrationLog.List(new()).Single().Warnings.Should().Equal("No subscription matched this item.");
    }

    public void Dispose() => _fixture.Dispose();
}
