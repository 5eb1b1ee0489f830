using System.Net.Http.Json;
using BackInStock.Testing;

namespace FixtureConsumer;

/// <summary>What a browser or a Node or PHP client in the same test sees: a real port, the dashboard and the storefront routes.</summary>
public sealed class ServedOverHttpTests
{
    [Fact]
    public async Task The_dashboard_demo_page_contract_and_api_reference_come_with_the_package()
    {
        await using var engage = await EngageEmulator.StartAsync();
        using var browser = new HttpClient { BaseAddress = engage.BaseAddress };

        var dashboard = await browser.GetStringAsync(new Uri("/", UriKind.Relative));
        var demo = await browser.GetStringAsync(new Uri("demo/product.html", UriKind.Relative));
        var contract = await browser.GetStringAsync(new Uri("openapi/contract.yaml", UriKind.Relative));
        var runtime = await browser.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative));
        using var scalar = await browser.GetAsync(new Uri("scalar", UriKind.Relative));

        Assert.Contains("<html", dashboard, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<form", demo, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("openapi: 3.0", contract, StringComparison.Ordinal);
        Assert.Contains("\"/api/v3/inventory/stock-levels\"", runtime, StringComparison.Ordinal);
        Assert.True(scalar.IsSuccessStatusCode, $"/scalar answered {(int)scalar.StatusCode}");
    }

    [Fact]
    public async Task A_storefront_subscribes_through_the_accelerator_without_a_key()
    {
        await using var engage = await EngageEmulator.StartAsync();
        using var storefront = new HttpClient { BaseAddress = engage.BaseAddress };

        using var answer = await storefront.PostAsJsonAsync(new Uri("api/v1/centra/back-in-stock/subscribe", UriKind.Relative), new
        {
            email = "storefront@example.com",
            sku = Shop.Sku,
            acceptemail = true,
            store = engage.TenantId,
            locale = "en-US",
            externalId = "4",
        });

        Assert.Equal(201, (int)answer.StatusCode);
        var id = await engage.Client.Contacts.GetContactIdByEmailAsync("storefront@example.com");
        var subscription = Assert.Single((await engage.Client.BackInStock.ListContactSubscriptionsAsync(id)).Data);
        Assert.Equal(Shop.Sku, subscription.Sku);
    }
}
