using System.Net.Http.Json;
using Microsoft.Playwright;

namespace BackInStock.EndToEnd.Tests;

[Collection(nameof(SharedBrowser))]
public sealed class SubscribeAndWatchTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10_000 };

    private async Task<IPage> Open(string path, int width = 1280, int height = 900)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Gateway.BaseAddress, path).ToString());
        return page;
    }

    private Task<byte[]> Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.Gateway.ScreenshotDirectory, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_shopper_subscribes_on_the_demo_page_and_the_email_appears_on_the_dashboard_after_a_stock_update()
    {
        var email = $"shopper-{Guid.NewGuid():N}@example.com";
        var product = await Open("/demo/product.html");
        var soldOut = product.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("out of stock") });
        await Assertions.Expect(soldOut).ToBeVisibleAsync(Soon);
        var title = await product.Locator("#title").InnerTextAsync();
        var sku = (await product.Locator("#sku").InnerTextAsync()).Replace("SKU ", "", StringComparison.Ordinal);

        await soldOut.ClickAsync();
        await product.GetByLabel("Email").FillAsync(email);
        await product.GetByRole(AriaRole.Button, new() { Name = "Notify me" }).ClickAsync();

        await Assertions.Expect(product.Locator("#result")).ToContainTextAsync("Thanks!", new() { Timeout = 10_000 });
        await Screenshot(product, "1-demo-page-subscribed");

        var dashboard = await Open("/");
        await Assertions.Expect(dashboard.GetByText(email)).ToBeVisibleAsync(Soon);
        using var http = fixture.Gateway.CreateClient();
        http.DefaultRequestHeaders.Add("apikey", RunningGateway.ApiKey);
        var put = await http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku, quantity = 8, externalId = "4" } });
        put.EnsureSuccessStatusCode();

        // No reload: the dashboard picks the email up by itself.
        var row = dashboard.Locator("#outbox-rows tr", new() { HasText = email });
        await Assertions.Expect(row).ToBeVisibleAsync(Soon);
        await Assertions.Expect(dashboard.Locator("#log-entries")).ToContainTextAsync($"{sku} qty 8", new() { Timeout = 10_000 });
        await row.GetByRole(AriaRole.Button).ClickAsync();
        var preview = dashboard.FrameLocator("#preview");
        await Assertions.Expect(preview.Locator("body")).ToContainTextAsync(title, new() { Timeout = 10_000 });
        await Screenshot(dashboard, "2-dashboard-email-preview");
    }

    [Fact]
    public async Task A_klaviyo_shops_subscription_shows_in_the_report_held_then_released()
    {
        var dashboard = await Open("/");
        using var http = fixture.Gateway.CreateClient();

        // The example body of Centra's page "Back in stock feature using Klaviyo", as it is.
        using var body = new StringContent("""{"item": "12366-23400", "shipTo": {"country": "SE"}, "email": "test@email.com", "language": "sv"}""", System.Text.Encoding.UTF8, "application/json");
        (await http.PostAsync(new Uri("/api/checkout-api/back-in-stock-subscription", UriKind.Relative), body)).EnsureSuccessStatusCode();

        var row = dashboard.Locator("#klaviyo-rows tr", new() { HasText = "12366_SE_00_23400" });
        await Assertions.Expect(row).ToContainTextAsync("12366-23400SE10", new() { Timeout = 10_000 });

        http.DefaultRequestHeaders.Add("apikey", RunningGateway.ApiKey);
        (await http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = "BIS-12366-M", quantity = 12, externalId = "SE" } })).EnsureSuccessStatusCode();

        // No reload: held at the delay, then released by the stock update.
        await Assertions.Expect(row).ToContainTextAsync("12366-23400SE01", new() { Timeout = 10_000 });
        await Assertions.Expect(dashboard.Locator("#outbox-rows tr", new() { HasText = "test@email.com" })).ToBeVisibleAsync(Soon);
        await Screenshot(dashboard, "4-dashboard-klaviyo-report");
    }

    [Fact]
    public async Task The_form_shows_the_servers_field_errors()
    {
        var product = await Open("/demo/product.html");
        var soldOut = product.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("out of stock") });
        await Assertions.Expect(soldOut).ToBeVisibleAsync(Soon);

        await soldOut.ClickAsync();
        await product.GetByLabel("Email").FillAsync("not-an-email");
        await product.GetByRole(AriaRole.Button, new() { Name = "Notify me" }).ClickAsync();

        await Assertions.Expect(product.Locator("#result")).ToContainTextAsync("email must be a valid email address", new() { Timeout = 10_000 });
        await Screenshot(product, "3-demo-page-error");
    }

    [Fact]
    public async Task The_demo_page_works_by_keyboard_on_a_narrow_screen()
    {
        var email = $"keys-{Guid.NewGuid():N}@example.com";
        var product = await Open("/demo/product.html", width: 390, height: 844);
        var soldOut = product.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("out of stock") });
        await Assertions.Expect(soldOut).ToBeVisibleAsync(Soon);

        await soldOut.FocusAsync();
        await product.Keyboard.PressAsync("Enter");
        await product.Keyboard.TypeAsync(email);
        await product.Keyboard.PressAsync("Enter");

        await Assertions.Expect(product.Locator("#result")).ToContainTextAsync("Thanks!", new() { Timeout = 10_000 });
        var width = await product.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.Should().BeLessThanOrEqualTo(390, "nothing overflows a phone-sized screen");
        await Screenshot(product, "4-demo-page-narrow-keyboard");
    }
}
