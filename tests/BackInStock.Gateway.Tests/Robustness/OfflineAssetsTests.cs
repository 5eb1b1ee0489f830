using System.Net;
using BackInStock.Client;
using BackInStock.Gateway.Tests.Outbox;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>Nothing the dashboard or an email shows needs a network: the favicon and the demo images are the gateway's, and emails fit a phone.</summary>
public sealed class OfflineAssetsTests : IDisposable
{
    private const string Origin = "http://emails.localhost:5999";

    private readonly GatewayApplication _app = new(inMemory: true, settings: new Dictionary<string, string?> { ["Emulator:PublicOrigin"] = Origin });

    [Fact]
    public async Task The_favicon_is_served()
    {
        using var response = await _app.CreateClient().GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/x-icon");
        (await response.Content.ReadAsByteArrayAsync()).Take(4).Should().Equal(0, 0, 1, 0);
    }

    [Fact]
    public async Task A_demo_product_image_is_served_by_the_gateway_where_the_catalog_points()
    {
        var product = (await new FeedsClient(_app.CreateClient()).GetFeedAsync(0, 1, "en-US")).Products.Single();
        product.ImageUrl.Should().Be($"/demo/images/{product.Sku}.svg");

        using var image = await _app.CreateClient().GetAsync(new Uri(product.ImageUrl!, UriKind.Relative));

        image.StatusCode.Should().Be(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        image.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        var svg = await image.Content.ReadAsStringAsync();
        svg.Should().StartWith("<svg").And.Contain(product.Sku);
        svg.Length.Should().BeLessThan(1024);
        (await _app.CreateClient().GetStringAsync(new Uri(product.ImageUrl!, UriKind.Relative))).Should().Be(svg, "the same SKU draws the same image");
    }

    [Fact]
    public async Task A_demo_image_escapes_its_sku()
    {
        var svg = await _app.CreateClient().GetStringAsync(new Uri("/demo/images/%3Cscript%3E.svg", UriKind.Relative));

        svg.Should().Contain("&lt;script&gt;").And.NotContain("<script>");
    }

    [Fact]
    public async Task An_email_shows_its_demo_image_from_the_gateways_origin_and_fits_a_phone()
    {
        var scenario = new OutboxScenario(_app);
        var email = await scenario.Send("ada@example.com", await scenario.DemoSku("en-US"), "en-US");

        var html = await _app.CreateClient().GetStringAsync(new Uri($"/emulator/outbox/{email.Id}/html", UriKind.Relative));

        html.Should().Contain($"<img src=\"{Origin}/demo/images/{email.Sku}.svg\"");
        html.Should().Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    }

    public void Dispose() => _app.Dispose();
}
