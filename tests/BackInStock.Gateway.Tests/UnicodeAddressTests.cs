using System.Net;
using System.Net.Http.Json;
using System.Text;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

/// <summary>
/// One address, one contact, one mailbox: canonically equal spellings are one contact, and a look-alike
/// written with a compatibility character (the Kelvin sign) is another person, who gets their own email.
/// </summary>
public sealed class UnicodeAddressTests : IDisposable
{
    private const string KelvinKim = "\u212Aim@example.com";
    private const string AsciiKim = "kim@example.com";
    private const string ComposedAnna = "\u00C4nna@example.com";
    private const string DecomposedAnna = "A\u0308nna@example.com";

    private readonly GatewayApplication _app = new(inMemory: true);

    public void Dispose() => _app.Dispose();

    private async Task<string> DemoSku() => (await new FeedsClient(_app.CreateClient()).GetFeedAsync(0, 1, "en-US")).Products.Single().Sku;

    private async Task<CentraSubscribeResult> SubscribeAtTheStorefront(string email, string sku)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/v1/centra/back-in-stock/subscribe", new
        {
            email, sku, acceptemail = true, store = "voyado.centraqa", locale = "en-US", externalId = "4",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CentraSubscribeResult>())!;
    }

    [Fact]
    public async Task An_address_with_the_kelvin_sign_is_another_contact_than_its_ascii_look_alike_and_each_gets_their_own_email()
    {
        var sku = await DemoSku();
        var ascii = await SubscribeAtTheStorefront(AsciiKim, sku);

        var kelvin = await SubscribeAtTheStorefront(KelvinKim, sku);

        kelvin.ContactCreated.Should().BeTrue();
        kelvin.ContactId.Should().NotBe(ascii.ContactId);
        (await _app.Contacts().GetContactAsync(kelvin.ContactId)).Attributes.Email.Should().Be(KelvinKim, "the address is kept as sent");
        (await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku, quantity = 5 } })).EnsureSuccessStatusCode();
        var sent = (await new OutboxClient(_app.CreateClient()).ListOutboxAsync(null, null, null, null, null, null, null, null, null, null)).Data;
        sent.Select(e => (e.ContactId, e.To)).Should().BeEquivalentTo([(ascii.ContactId, AsciiKim), (kelvin.ContactId, KelvinKim)]);
    }

    [Fact]
    public async Task The_composed_and_decomposed_spellings_of_an_address_are_one_contact_kept_composed()
    {
        var sku = await DemoSku();
        var composed = await SubscribeAtTheStorefront(ComposedAnna, sku);

        var decomposed = await SubscribeAtTheStorefront(DecomposedAnna, sku);

        decomposed.ContactCreated.Should().BeFalse();
        decomposed.ContactId.Should().Be(composed.ContactId);
        var found = await _app.CreateAuthorizedClient().GetFromJsonAsync<Guid>($"/api/v3/contacts/id?email={Uri.EscapeDataString("a\u0308NNA@example.com")}");
        found.Should().Be(composed.ContactId);
    }

    [Fact]
    public async Task A_contact_created_with_the_decomposed_spelling_keeps_the_composed_one()
    {
        var contact = await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = DecomposedAnna });

        contact.Attributes.Email.Should().Be(ComposedAnna);
        var again = await _app.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/contacts", new { email = ComposedAnna });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_address_holding_half_a_surrogate_pair_is_a_400()
    {
        var body = """{ "email": "a\ud800@example.com", "sku": "1234-1", "acceptemail": true, "store": "voyado.centraqa", "locale": "en-US", "externalId": "4" }""";

        var response = await _app.CreateClient().PostAsync(new Uri("/api/v1/centra/back-in-stock/subscribe", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
