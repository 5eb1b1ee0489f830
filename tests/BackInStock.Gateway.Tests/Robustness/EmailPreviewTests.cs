using System.Net;
using System.Net.Http.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>An email's HTML opened on its own runs no script and has no origin of its own: it is sandboxed by its answer.</summary>
public sealed class EmailPreviewTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    [Fact]
    public async Task The_email_html_is_served_sandboxed_and_unsniffable()
    {
        var feed = await new FeedsClient(_app.CreateClient()).GetFeedAsync(0, 1, "en-US");
        var contact = await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "preview@example.com" });
        var sku = feed.Products.Single().Sku;
        await _app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = sku, Locale = "en-US" });
        (await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku, quantity = 3, locale = "en-US" } })).EnsureSuccessStatusCode();
        var email = (await new OutboxClient(_app.CreateClient()).ListOutboxAsync(contact.Id, null, null, null, null, null, null, null, null, null)).Data.Single();

        using var html = await _app.CreateClient().GetAsync(new Uri($"/emulator/outbox/{email.Id}/html", UriKind.Relative));

        html.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Headers.GetValues("Content-Security-Policy").Should().ContainSingle().Which.Should().Be("sandbox");
        html.Headers.GetValues("X-Content-Type-Options").Should().ContainSingle().Which.Should().Be("nosniff");
    }

    public void Dispose() => _app.Dispose();
}
