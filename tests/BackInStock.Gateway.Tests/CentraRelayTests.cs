using System.Net.Http.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

/// <summary>Centra stock change → relay → Engage stock level → email, and the partner page's multi-brand pitfall.</summary>
public sealed class CentraRelayTests
{
    private static async Task<string> SubscribeThroughTheStorefront(GatewayApplication app, string store, string email, string market = "4")
    {
        var feeds = app.CreateClient();
        feeds.DefaultRequestHeaders.Add("X-BackInStock-Tenant", store);
        var sku = (await new FeedsClient(feeds).GetFeedAsync(0, 1, "en-US")).Products.Single().Sku;
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/centra/back-in-stock/subscribe", new
        {
            email, sku, acceptemail = true, store, locale = "en-US", externalId = market,
        });
        response.EnsureSuccessStatusCode();
        return sku;
    }

    private static CentraSimulatorClient Centra(GatewayApplication app) => new(app.CreateClient());

    private static async Task<ICollection<OutboxEmail>> Outbox(GatewayApplication app, string apiKey)
    {
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Add("apikey", apiKey);
        return (await new OutboxClient(http).ListOutboxAsync(null, null, null, null, null, null, null, null, null, null)).Data;
    }

    [Fact]
    public async Task A_centra_stock_change_for_the_subscribed_sku_and_market_puts_the_email_in_the_outbox()
    {
        using var app = new GatewayApplication(inMemory: true);
        var sku = await SubscribeThroughTheStorefront(app, "voyado.centraqa", "john.doe@voyado.com");

        var otherMarket = await Centra(app).PostCentraStockChangesAsync([new CentraStockChangeInput { Store = "1", Sku = sku, FreeToAllocate = 125, MarketId = "7" }]);
        var rightMarket = await Centra(app).PostCentraStockChangesAsync([new CentraStockChangeInput { Store = "1", Sku = sku, FreeToAllocate = 125, MarketId = "4" }]);

        otherMarket.Deliveries.Single().EventIds.Should().ContainSingle();
        rightMarket.Deliveries.Single().BatchId.Should().NotBeNull();
        var email = (await Outbox(app, GatewayApplication.ApiKey)).Should().ContainSingle().Subject;
        email.To.Should().Be("john.doe@voyado.com");
        email.ExternalId.Should().Be("4");
        email.Quantity.Should().Be(125);
        var levels = (await new EmulatorClient(app.CreateClient()).ListStockLevelsAsync(sku, null, null)).Data;
        levels.Select(l => (l.ExternalId, l.Quantity, l.Locale)).Should().BeEquivalentTo(new[] { ("7", 125, (string?)null), ("4", 125, (string?)null) });
    }

    [Fact]
    public async Task Two_brands_sharing_one_integration_name_make_the_second_miss_events_and_both_are_warned()
    {
        using var app = TwoBrands();
        var sku = await SubscribeThroughTheStorefront(app, "brand-x", "x@example.com");
        await SubscribeThroughTheStorefront(app, "brand-y", "y@example.com");
        await Centra(app).ReplaceCentraIntegrationsAsync(
        [
            new CentraIntegrationInput { Name = "Engage integration", Token = "token-x", Tenant = "brand-x" },
            new CentraIntegrationInput { Name = "Engage integration", Token = "token-y", Tenant = "brand-y" },
        ]);

        var relayed = await Centra(app).PostCentraStockChangesAsync([new CentraStockChangeInput { Store = "1", Sku = sku, FreeToAllocate = 3, MarketId = "4" }]);

        relayed.Deliveries.Select(d => (d.Tenant, d.EventIds.Count)).Should().Equal(("brand-x", 1), ("brand-y", 0));
        (await Outbox(app, "key-x")).Should().ContainSingle();
        (await Outbox(app, "key-y")).Should().BeEmpty("brand Y's events were marked processed by brand X");
        var cursors = (await Centra(app).ListCentraIntegrationsAsync()).Data;
        cursors.Should().OnlyContain(c => c.Warnings.Any(w => w.Contains("shared")));
        cursors.Single(c => c.Tenant == "brand-y").RelayedEvents.Should().Be(0);
        cursors.Should().OnlyContain(c => c.Token.StartsWith("****", StringComparison.Ordinal));
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Add("apikey", "key-x");
        var log = (await new IntegrationLogClient(http).ListIntegrationLogAsync(null, sku, null, null, null)).Data.Single();
        log.Warnings.Should().Contain(w => w.Contains("Engage integration"));
    }

    [Fact]
    public async Task Distinct_integration_names_give_every_brand_every_event()
    {
        using var app = TwoBrands();
        var sku = await SubscribeThroughTheStorefront(app, "brand-x", "x@example.com");
        await SubscribeThroughTheStorefront(app, "brand-y", "y@example.com");
        await Centra(app).ReplaceCentraIntegrationsAsync(
        [
            new CentraIntegrationInput { Name = "Voyado_Integration_BrandX", Token = "token-x", Tenant = "brand-x" },
            new CentraIntegrationInput { Name = "Voyado_Integration_BrandY", Token = "token-y", Tenant = "brand-y" },
        ]);

        await Centra(app).PostCentraStockChangesAsync([new CentraStockChangeInput { Store = "1", Sku = sku, FreeToAllocate = 3, MarketId = "4" }]);

        (await Outbox(app, "key-x")).Should().ContainSingle();
        (await Outbox(app, "key-y")).Should().ContainSingle();
        (await Centra(app).ListCentraIntegrationsAsync()).Data.Should().OnlyContain(c => c.Warnings.Count == 0 && c.PendingEvents == 0);
    }

    [Fact]
    public async Task An_integration_for_an_unknown_tenant_is_refused_by_path()
    {
        using var app = new GatewayApplication(inMemory: true);

        var replace = () => Centra(app).ReplaceCentraIntegrationsAsync([new CentraIntegrationInput { Name = "n", Token = "t", Tenant = "nobody" }]);

        (await replace.Should().ThrowAsync<ApiException>()).Which.Body.Should().Contain("$[0].tenant");
    }

    private static GatewayApplication TwoBrands() => GatewayApplication.TwoTenants(("brand-x", "key-x"), ("brand-y", "key-y"));
}
