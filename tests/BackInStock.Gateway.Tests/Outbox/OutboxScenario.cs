using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests.Outbox;

/// <summary>Puts emails in a gateway's outbox the way a shop would: a contact subscribes to a demo SKU, then the SKU comes back in stock.</summary>
internal sealed class OutboxScenario(GatewayApplication app)
{
    public async Task<string> DemoSku(string locale, int index = 0) =>
        (await new FeedsClient(app.CreateClient()).GetFeedAsync(index, 1, locale)).Products.Single().Sku;

    /// <summary>Subscribes <paramref name="email"/> to the SKU in the locale and brings the SKU back; returns the email sent.</summary>
    public async Task<OutboxEmail> Send(string email, string sku, string locale)
    {
        var contact = await app.Contacts().CreateContactAsync(new CreateContactRequest { Email = email });
        await app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = sku, Locale = locale });
        await BringBack(sku, locale);
        return (await new OutboxClient(app.CreateClient()).ListOutboxAsync(contact.Id, null, null, null, null, null, null, null, null, null)).Data.Single();
    }

    public async Task BringBack(string sku, string locale)
    {
        using var put = await app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku, quantity = 5, locale } });
        put.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    /// <summary>The ids of the emails a control-plane query answers, newest first.</summary>
    public async Task<List<Guid>> Ids(string query)
    {
        using var response = await app.CreateClient().GetAsync(new Uri("/emulator/outbox" + query, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
    }

    /// <summary>A problem's field errors, by field name.</summary>
    public static async Task<Dictionary<string, string[]>> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray())
            : [];
    }
}
