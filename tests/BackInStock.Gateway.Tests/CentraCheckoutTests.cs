using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests;

/// <summary>Centra's Klaviyo page, step by step: the Checkout API call, the ids Centra builds, the stock that releases the email.</summary>
public sealed class CentraCheckoutTests : IDisposable
{
    // Verbatim from Centra's "Back in stock feature using Klaviyo" page, whitespace included.
    private const string PagesExample = """
        {   
            "item": "12366-23400",
            "shipTo": {
                "country": "SE"
            },
            "email": "test@email.com",
            "language": "sv"
        }
        """;

    private readonly GatewayApplication _app = new(inMemory: true);

    private async Task<HttpResponseMessage> Post(string path, string body) =>
        await _app.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task The_pages_example_subscribes_to_the_pages_variant()
    {
        var response = await Post("/api/checkout-api/back-in-stock-subscription", PagesExample);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["subscribed"]!.GetValue<bool>().Should().BeTrue();
        body["productId"]!.ToString().Should().Be("12366_SE_00");
        body["variantId"]!.ToString().Should().Be("12366_SE_00_23400");
        body["catalogVariantId"]!.ToString().Should().Be("$custom:::$default:::12366_SE_00_23400");
        body["sku"]!.ToString().Should().Be("BIS-12366-M");
        body["market"]!.ToString().Should().Be("SE");
    }

    [Fact]
    public async Task A_stock_update_for_the_size_in_sweden_emails_test_at_email_com_once_and_the_report_shows_the_variant()
    {
        (await Post("/api/checkout-api/back-in-stock-subscription", PagesExample)).EnsureSuccessStatusCode();

        var stock = new[] { new { sku = "BIS-12366-M", quantity = 12, externalId = "SE" } };
        (await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", stock)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", stock)).StatusCode.Should().Be(HttpStatusCode.Accepted);

        var outbox = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();
        outbox.Should().ContainSingle();
        outbox[0]!["to"]!.ToString().Should().Be("test@email.com");
        var log = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/integration-log?sku=BIS-12366-M", UriKind.Relative)))!["data"]!.AsArray();
        log.Select(e => e!["sentToTrigger"]!.GetValue<int>()).Should().BeEquivalentTo([1, 0], "the second update finds the subscription used");
        var report = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/klaviyo/back-in-stock-report", UriKind.Relative)))!["data"]!.AsArray();
        var row = report.Should().ContainSingle().Subject!;
        row["variantId"]!.ToString().Should().Be("12366_SE_00_23400");
        row["waitingSubscribers"]!.GetValue<int>().Should().Be(0);
        row["notified"]!.GetValue<int>().Should().Be(1);
        row["lastNotifiedAt"].Should().NotBeNull();
    }

    [Fact]
    public async Task The_centra_simulators_stock_change_in_the_market_releases_the_email_too()
    {
        (await Post("/api/checkout-api/back-in-stock-subscription", PagesExample)).EnsureSuccessStatusCode();

        (await Post("/emulator/centra/stock-changes", """[{"store":"1","sku":"BIS-12366-M","freeToAllocate":20,"marketId":"SE"}]""")).EnsureSuccessStatusCode();

        var outbox = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();
        outbox.Should().ContainSingle().Which!["to"]!.ToString().Should().Be("test@email.com");
    }

    [Theory]
    [InlineData("/api/shop/back-in-stock-subscription")]
    [InlineData("/api/shop-api/back-in-stock-subscription")]
    public async Task The_shop_api_at_centras_path_and_the_deprecated_alias_take_the_same_body(string path)
    {
        var response = await Post(path, PagesExample);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["variantId"]!.ToString().Should().Be("12366_SE_00_23400");
    }

    [Fact]
    public async Task The_reference_marks_the_emulators_former_shop_api_path_deprecated_and_centras_not()
    {
        var paths = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!["paths"]!;

        paths["/api/shop-api/back-in-stock-subscription"]!["post"]!["deprecated"]!.GetValue<bool>().Should().BeTrue();
        paths["/api/shop/back-in-stock-subscription"]!["post"]!["deprecated"].Should().BeNull();
    }

    [Theory]
    [InlineData("/api/checkout-api/back-in-stock-subscription")]
    [InlineData("/api/shop/back-in-stock-subscription")]
    public async Task Below_centras_minimum_stock_of_10_the_shopper_keeps_waiting_and_the_log_says_why(string path)
    {
        (await Post(path, PagesExample)).EnsureSuccessStatusCode();

        (await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = "BIS-12366-M", quantity = 9, externalId = "SE" } })).EnsureSuccessStatusCode();
        var waiting = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();
        (await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = "BIS-12366-M", quantity = 10, externalId = "SE" } })).EnsureSuccessStatusCode();
        var released = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();

        waiting.Should().BeEmpty();
        released.Should().ContainSingle();
        var log = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/integration-log?sku=BIS-12366-M", UriKind.Relative)))!["data"]!.AsArray();
        var conditions = log.Select(e => e!["considered"]![0]!["conditions"]![0]!).ToList();
        conditions.Select(c => (c!["condition"]!.GetValue<string>(), c["passed"]!.GetValue<bool>()))
            .Should().BeEquivalentTo([("Centra minimum stock: quantity >= 10", false), ("Centra minimum stock: quantity >= 10", true)]);
    }

    [Fact]
    public async Task The_centra_minimum_stock_is_configurable_and_the_simulators_stock_change_obeys_it()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Emulator:CentraMinimumStock"] = "25" });
        var http = app.CreateClient();
        (await http.PostAsync(new Uri("/api/checkout-api/back-in-stock-subscription", UriKind.Relative), new StringContent(PagesExample, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        (await http.PostAsync(new Uri("/emulator/centra/stock-changes", UriKind.Relative), new StringContent("""[{"store":"1","sku":"BIS-12366-M","freeToAllocate":20,"marketId":"SE"}]""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var below = JsonNode.Parse(await http.GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();
        (await http.PostAsync(new Uri("/emulator/centra/stock-changes", UriKind.Relative), new StringContent("""[{"store":"1","sku":"BIS-12366-M","freeToAllocate":25,"marketId":"SE"}]""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var at = JsonNode.Parse(await http.GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();

        below.Should().BeEmpty();
        at.Should().ContainSingle();
    }

    [Fact]
    public async Task An_engage_subscription_to_the_same_sku_and_market_is_released_by_any_stock()
    {
        var http = _app.CreateAuthorizedClient();
        using var created = await http.PostAsJsonAsync("/api/v3/contacts", new { email = "engage@example.com" });
        var contactId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        (await http.PostAsJsonAsync("/api/v3/inventory/backinstock/subscriptions", new { contactId, sku = "BIS-12366-M", locale = "sv-SE", externalId = "SE" })).EnsureSuccessStatusCode();
        (await Post("/api/checkout-api/back-in-stock-subscription", PagesExample)).EnsureSuccessStatusCode();

        (await http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = "BIS-12366-M", quantity = 1, externalId = "SE" } })).EnsureSuccessStatusCode();

        var outbox = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();
        outbox.Should().ContainSingle().Which!["to"]!.GetValue<string>().Should().Be("engage@example.com");
    }

    [Fact]
    public async Task An_item_not_in_the_catalog_is_centras_product_item_not_found()
    {
        var response = await Post("/api/checkout-api/back-in-stock-subscription", PagesExample.Replace("12366-23400", "12366-99999", StringComparison.Ordinal));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"errors":{"item":"product item not found"}}""");
    }

    [Fact]
    public async Task Invalid_fields_are_named_as_the_body_spells_them()
    {
        var response = await Post("/api/checkout-api/back-in-stock-subscription", """{"item":"12366","shipTo":{},"email":"not-an-email"}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().BeEquivalentTo("item", "shipTo.country", "email");
    }

    public void Dispose() => _app.Dispose();
}
