using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

public sealed class SubscriptionsApiTests : IDisposable
{
    private readonly GatewayApplication _app = new();

    private async Task<Guid> NewContact(string email = "john.doe@voyado.com") =>
        (await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = email })).Id;

    [Fact]
    public async Task The_seed_example_creates_a_subscription_listed_in_the_documented_shape()
    {
        var contactId = await NewContact();
        var http = _app.CreateAuthorizedClient();

        // The developer page's create-subscription example, with the contact created first.
        var create = await http.PostAsync(new Uri("/api/v3/inventory/backinstock/subscriptions", UriKind.Relative), JsonContent.Create(new
        {
            contactId,
            locale = "en-US",
            sku = "AD_0397_V_685_006_66",
            externalId = "12165253-34345",
        }));
        var list = await http.GetStringAsync(new Uri($"/api/v3/contacts/{contactId}/backinstock/subscriptions", UriKind.Relative));

        create.StatusCode.Should().Be(HttpStatusCode.Created);
        var item = JsonDocument.Parse(list).RootElement.GetProperty("data").EnumerateArray().Single();
        item.EnumerateObject().Select(p => p.Name).Should().Equal("id", "contactId", "sku", "locale", "externalId", "createdOn");
        item.GetProperty("contactId").GetGuid().Should().Be(contactId);
        item.GetProperty("sku").GetString().Should().Be("AD_0397_V_685_006_66");
        item.GetProperty("locale").GetString().Should().Be("en-US");
        item.GetProperty("externalId").GetString().Should().Be("12165253-34345");
        item.GetProperty("createdOn").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Property_names_bind_case_insensitively_as_in_the_accelerator_example()
    {
        var contactId = await NewContact();

        var response = await _app.CreateAuthorizedClient().PostAsync(
            new Uri("/api/v3/inventory/backinstock/subscriptions", UriKind.Relative),
            JsonContent.Create(new Dictionary<string, object> { ["ContactId"] = contactId, ["sku"] = "1234-1", ["locale"] = "en-US", ["externalId"] = "4" }));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<Subscription>())!.ContactId.Should().Be(contactId);
    }

    [Fact]
    public async Task Subscribing_again_returns_the_existing_subscription_with_the_locale_compared_case_insensitively()
    {
        var contactId = await NewContact();
        var client = _app.BackInStock();

        var first = await client.CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contactId, Sku = "SKU-1", Locale = "sv-SE" });
        var again = await client.CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contactId, Sku = "SKU-1", Locale = "sv-se" });
        var otherMarket = await client.CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contactId, Sku = "SKU-1", Locale = "sv-SE", ExternalId = "SE-SKU-1" });

        again.Id.Should().Be(first.Id);
        otherMarket.Id.Should().NotBe(first.Id);
        (await client.ListContactSubscriptionsAsync(contactId)).Data.Select(s => s.Id).Should().Equal(first.Id, otherMarket.Id);
    }

    [Fact]
    public async Task A_subscription_for_an_unknown_contact_is_refused_and_nothing_is_stored()
    {
        var ghost = Guid.NewGuid();

        var create = () => _app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = ghost, Sku = "SKU-1", Locale = "en-US" });

        var refused = (await create.Should().ThrowAsync<ApiException>()).Which;
        refused.StatusCode.Should().Be(404);
        refused.Body.Should().Contain("\"errorCode\":\"ContactNotFound\"");
        var list = () => _app.BackInStock().ListContactSubscriptionsAsync(ghost);
        (await list.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task Deleting_a_subscription_answers_204_and_then_404()
    {
        var contactId = await NewContact();
        var client = _app.BackInStock();
        var subscription = await client.CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contactId, Sku = "SKU-1", Locale = "en-US" });

        await client.DeleteSubscriptionAsync(subscription.Id);
        var again = () => client.DeleteSubscriptionAsync(subscription.Id);

        (await again.Should().ThrowAsync<ApiException>()).Which.Body.Should().Contain("\"errorCode\":\"SubscriptionNotFound\"");
        (await client.ListContactSubscriptionsAsync(contactId)).Data.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Api_routes_refuse_a_missing_or_wrong_key_with_401_in_engage_s_shape(string? key)
    {
        var http = _app.CreateClient();
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add("apikey", key);
        }

        var response = await http.GetAsync(new Uri($"/api/v3/contacts/{Guid.NewGuid()}/backinstock/subscriptions", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"errorCode\":\"Unauthorized\"").And.Contain("\"requestId\":").And.NotContain(GatewayApplication.ApiKey);
    }

    [Fact]
    public async Task The_x_api_key_header_is_accepted_too()
    {
        var contactId = await NewContact();
        var http = _app.CreateClient();
        http.DefaultRequestHeaders.Add("x-api-key", GatewayApplication.ApiKey);

        var response = await http.GetAsync(new Uri($"/api/v3/contacts/{contactId}/backinstock/subscriptions", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_needs_no_key_and_names_the_store()
    {
        var health = await _app.Emulator().GetHealthAsync();

        health.Status.Should().Be("Healthy");
        health.Store.Should().Be("file");
    }

    public void Dispose() => _app.Dispose();
}
