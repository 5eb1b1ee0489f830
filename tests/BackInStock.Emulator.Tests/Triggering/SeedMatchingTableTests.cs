using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>The developer page's five-subscription table and its matching cases, plus both fields at once.</summary>
public sealed class SeedMatchingTableTests
{
    [Theory]
    [InlineData("SKU-1", "sv-se", null, "sku+locale", new[] { 1, 3 })]
    [InlineData("SKU-1", null, "SE-SKU-1", "sku+externalId", new[] { 3 })]
    [InlineData("SKU-1", null, null, "sku", new[] { 1, 2, 3, 4 })]
    [InlineData("SKU-1", "sv-se", "SE-SKU-1", "sku+locale+externalId", new[] { 3 })]
    [InlineData("SKU-1", "pl-pl", "SE-SKU-1", "sku+locale+externalId", new int[0])]
    [InlineData("SKU-2", "SV-SE", null, "sku+locale", new[] { 5 })]
    public void A_stock_update_triggers_exactly_the_subscriptions_the_page_says(string sku, string? locale, string? externalId, string matchingCase, int[] triggered)
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1", "SKU-2");
        fixture.Feed("pl-PL", "SKU-1", "SKU-2");
        var contact = fixture.Contact("shopper@example.com");
        var table = new Dictionary<int, Subscription>
        {
            [1] = fixture.Subscribe(contact, "SKU-1", "sv-se"),
            [2] = fixture.Subscribe(contact, "SKU-1", "pl-pl"),
            [3] = fixture.Subscribe(contact, "SKU-1", "sv-se", "SE-SKU-1"),
            [4] = fixture.Subscribe(contact, "SKU-1", "pl-pl", "PL-SKU-1"),
            [5] = fixture.Subscribe(contact, "SKU-2", "sv-se"),
        };

        var batchId = fixture.Emulator.StockLevels.Update([new StockLevelItem(sku, 15, locale, externalId)]);

        var used = table.Where(pair => fixture.Emulator.Outbox.List(new(Sku: sku, Limit: 1000)).Any(e => e.SubscriptionId == pair.Value.Id)).Select(pair => pair.Key);
        used.Should().BeEquivalentTo(triggered);
        var remaining = fixture.Emulator.Subscriptions.ListFor(contact.Id).Select(s => table.Single(pair => pair.Value.Id == s.Id).Key);
        remaining.Should().BeEquivalentTo(table.Keys.Except(triggered), "a used subscription is deleted and the others stay");
        var log = fixture.Emulator.IntegrationLog.List(new(BatchId: batchId)).Single();
        log.MatchingCase.Should().Be(matchingCase);
        log.SentToTrigger.Should().Be(triggered.Length);
    }
}
