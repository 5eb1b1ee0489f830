using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>SKUs and externalIds compare exactly, letter case included (locales do not): the store must not blur them.</summary>
public sealed class ExactComparisonTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void A_stock_update_for_a_sku_in_other_letter_case_triggers_nothing(string store)
    {
        using var fixture = new EmulatorFixture(store);
        fixture.Feed("sv-SE", "SKU-A", "sku-a");
        var upper = fixture.Subscribe(fixture.Contact("upper@example.com"), "SKU-A", "sv-SE");
        fixture.Subscribe(fixture.Contact("lower@example.com"), "sku-a", "sv-SE");

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-A", 3, "sv-SE", null)]);

        fixture.Emulator.Outbox.List(new()).Should().ContainSingle().Which.SubscriptionId.Should().Be(upper.Id);
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void Levels_of_skus_that_differ_only_in_case_are_kept_apart(string store)
    {
        using var fixture = new EmulatorFixture(store);

        fixture.Emulator.StockLevels.Update([new StockLevelItem("case-a", 1, null, null), new StockLevelItem("CASE-A", 2, null, null)]);

        fixture.Emulator.StockLevels.Current().Select(l => (l.Sku, l.Quantity)).Should().BeEquivalentTo(new[] { ("case-a", 1), ("CASE-A", 2) });
        fixture.Emulator.StockLevels.Current("CASE-A").Should().ContainSingle().Which.Quantity.Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void Products_whose_skus_differ_only_in_case_are_two_products(string store)
    {
        using var fixture = new EmulatorFixture(store);

        fixture.Feed("sv-SE", "SKU-A", "sku-a");

        fixture.Emulator.Catalog.Products("sv-SE", 0, 10).Select(p => p.Sku).Should().BeEquivalentTo(["SKU-A", "sku-a"]);
    }

    [Fact]
    public void An_external_id_in_other_letter_case_matches_nothing()
    {
        using var fixture = new EmulatorFixture("file");
        fixture.Feed("sv-SE", "SKU-1");
        fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE", "SE-1");

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 3, null, "se-1")]);

        fixture.Emulator.Outbox.List(new()).Should().BeEmpty();
    }
}
