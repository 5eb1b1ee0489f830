using BackInStock.Client;
using BackInStock.Testing;

namespace FixtureConsumer;

public sealed class IsolationTests
{
    [Fact]
    public async Task Two_fixtures_started_together_do_not_see_each_others_data()
    {
        var started = await Task.WhenAll(EngageEmulator.StartAsync(), EngageEmulator.StartAsync(o => o.DemoCatalog = false));
        await using var first = started[0];
        await using var second = started[1];
        Assert.NotEqual(first.BaseAddress, second.BaseAddress);

        // The same shopper in both: in one shared store the second create would be a conflict.
        const string email = "same.shopper@example.com";
        var inFirst = await Shop.NewShopperAsync(first, email);
        var inSecond = await Shop.NewShopperAsync(second, email);
        Assert.NotEqual(inFirst.Id, inSecond.Id);

        await Shop.LoadFeedAsync(first);
        await Shop.SubscribeAsync(first, inFirst);
        await first.Clock.AdvanceAsync(TimeSpan.FromDays(30));
        await first.StockLevels.SetAsync(Shop.Sku, quantity: 1, locale: Shop.Locale);
        await first.Outbox.WaitForEmailAsync(email);

        Assert.Empty(await second.Outbox.ListAsync());
        Assert.Empty(await second.StockLevels.ListAsync());
        Assert.Empty(await second.Feeds.ListAsync());
        Assert.Equal(0, (await second.Client.Emulator.ListAllSubscriptionsAsync(limit: null, offset: null)).Total);
        var secondClock = await second.Clock.GetAsync();
        Assert.True(secondClock.Now < DateTimeOffset.UtcNow.AddDays(1), "moving one fixture's clock moved the other's");
    }

    [Fact]
    public async Task Each_fixture_takes_its_own_tenant_and_key()
    {
        await using var engage = await EngageEmulator.StartAsync(o =>
        {
            o.TenantId = "acme.shop";
            o.ApiKey = "acme-test-key";
        });

        using var anonymous = new HttpClient { BaseAddress = engage.BaseAddress };
        using var refused = await anonymous.GetAsync(new Uri("api/v3/contacts/count", UriKind.Relative));
        var health = await engage.Client.Emulator.GetHealthAsync();

        Assert.Equal(401, (int)refused.StatusCode);
        Assert.Equal("acme-test-key", engage.ApiKey);
        Assert.Equal("acme.shop", health.Tenant);
    }
}
