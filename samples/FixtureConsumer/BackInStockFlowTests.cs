using BackInStock.Testing;

namespace FixtureConsumer;

public sealed class BackInStockFlowTests
{
    [Fact]
    public async Task The_readme_example_emails_the_shopper_from_the_demo_catalog()
    {
        await using var engage = await EngageEmulator.StartAsync();

        var shopper = await engage.Client.Contacts.CreateContactAsync(new() { Email = "ada@example.com" });
        await engage.Client.BackInStock.CreateSubscriptionAsync(new() { ContactId = shopper.Id, Sku = "BIS-10001-L", Locale = "sv-SE" });
        await engage.StockLevels.SetAsync("BIS-10001-L", quantity: 5, locale: "sv-SE");
        var email = await engage.Outbox.WaitForEmailAsync("ada@example.com", TimeSpan.FromSeconds(5));

        Assert.Equal("BIS-10001-L", email.Sku);
    }

    [Fact]
    public async Task A_subscription_is_listed_for_its_contact()
    {
        await using var engage = await EngageEmulator.StartAsync();
        var shopper = await Shop.NewShopperAsync(engage);

        var subscription = await Shop.SubscribeAsync(engage, shopper);

        var listed = await engage.Client.BackInStock.ListContactSubscriptionsAsync(shopper.Id);
        Assert.Equal(subscription.Id, Assert.Single(listed.Data).Id);
    }

    [Fact]
    public async Task A_stock_update_uses_the_subscription_and_emails_the_shopper()
    {
        await using var engage = await EngageEmulator.StartAsync();
        await Shop.LoadFeedAsync(engage);
        var shopper = await Shop.NewShopperAsync(engage);
        var subscription = await Shop.SubscribeAsync(engage, shopper);

        await engage.StockLevels.SetAsync(Shop.Sku, quantity: 5, locale: Shop.Locale);

        var email = await engage.Outbox.WaitForEmailAsync(shopper.Attributes.Email!, TimeSpan.FromSeconds(5));
        Assert.Equal(subscription.Id, email.SubscriptionId);
        Assert.Equal(Shop.Sku, email.Sku);
        Assert.Equal(5, email.Quantity);
        Assert.Contains("Sample tee", email.Html, StringComparison.Ordinal);
        Assert.Empty((await engage.Client.BackInStock.ListContactSubscriptionsAsync(shopper.Id)).Data);
        Assert.Equal(5, Assert.Single(await engage.StockLevels.ListAsync(Shop.Sku)).Quantity);
    }

    [Fact]
    public async Task A_stock_update_of_zero_sends_nothing_and_waiting_says_why()
    {
        await using var engage = await EngageEmulator.StartAsync();
        await Shop.LoadFeedAsync(engage);
        var shopper = await Shop.NewShopperAsync(engage);
        await Shop.SubscribeAsync(engage, shopper);

        await engage.StockLevels.SetAsync(Shop.Sku, quantity: 0, locale: Shop.Locale);

        var waiting = await Assert.ThrowsAsync<TimeoutException>(() => engage.Outbox.WaitForEmailAsync(shopper.Attributes.Email!, TimeSpan.FromMilliseconds(300)));
        Assert.Contains("The outbox is empty", waiting.Message, StringComparison.Ordinal);
        Assert.Contains(Shop.Sku, waiting.Message, StringComparison.Ordinal);
        Assert.Single((await engage.Client.BackInStock.ListContactSubscriptionsAsync(shopper.Id)).Data);
    }

    [Fact]
    public async Task Reset_empties_the_tenant_and_restores_its_defaults()
    {
        await using var engage = await EngageEmulator.StartAsync();
        await Shop.LoadFeedAsync(engage);
        var shopper = await Shop.NewShopperAsync(engage);
        await Shop.SubscribeAsync(engage, shopper);

        await engage.ResetAsync();

        Assert.Equal(0, await engage.Client.Contacts.CountContactsAsync());
        var feeds = await engage.Feeds.ListAsync();
        Assert.Contains(feeds, feed => feed.Locale == Shop.Locale && feed.Source == "demo");
    }
}
