using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>
/// A property given twice is refused on every route, in the route's own error shape, naming its JSON
/// path: the checks read one value and the binding another, so a repeat would carry an unchecked value.
/// </summary>
public sealed class DuplicatePropertyTests : IDisposable
{
    private static readonly Uri Accelerator = new("/api/v1/centra/back-in-stock/subscribe", UriKind.Relative);

    private readonly GatewayApplication _app = new(inMemory: true);

    public void Dispose() => _app.Dispose();

    private static StringContent Json(string body, string mediaType = "application/json") => new(body, Encoding.UTF8, mediaType);

    private static string Storefront(string emailProperties) =>
        $$"""{ {{emailProperties}}, "sku": "1234-1", "acceptemail": true, "store": "voyado.centraqa", "locale": "en-US", "externalId": "4" }""";

    private static async Task<JsonNode> Refused(HttpResponseMessage response, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        return JsonNode.Parse(body)!;
    }

    // Engage's routes answer a body they can read but not accept 422, each invalid field in validationErrors too.
    private static async Task<JsonNode> RefusedByEngage(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var error = JsonNode.Parse(body)!;
        error["validationErrors"]!.AsArray().Select(item => item!["path"]!.ToString())
            .Should().Equal(error["errors"]!.AsObject().Select(e => e.Key));
        return error;
    }

    private async Task<int> Subscriptions() =>
        (await _app.CreateClient().GetFromJsonAsync<JsonNode>("/emulator/subscriptions"))!["data"]!.AsArray().Count;

    [Fact]
    public async Task A_second_email_with_markup_is_refused_on_the_accelerator_and_nothing_is_stored()
    {
        var response = await _app.CreateClient().PostAsync(Accelerator, Json(Storefront("""
            "email": "ok@example.com", "email": "<script>alert(1)</script>"
            """)));

        var problem = await RefusedByEngage(response);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("$.email");
        (await Subscriptions()).Should().Be(0);
    }

    [Fact]
    public async Task A_second_email_that_is_null_is_a_422_not_a_500()
    {
        var response = await _app.CreateClient().PostAsync(Accelerator, Json(Storefront("""
            "email": "ok@example.com", "email": null
            """)));

        (await RefusedByEngage(response))["errors"]!["$.email"].Should().NotBeNull();
    }

    [Fact]
    public async Task The_same_name_in_another_letter_case_is_the_same_property_given_twice()
    {
        var response = await _app.CreateClient().PostAsync(Accelerator, Json(Storefront("""
            "email": "ok@example.com", "Email": "other@example.com"
            """)));

        var problem = await RefusedByEngage(response);
        problem["errors"]!["$.Email"]![0]!.ToString().Should().Contain("\"email\"");
        (await Subscriptions()).Should().Be(0);
    }

    [Fact]
    public async Task A_name_spelled_with_an_escape_is_the_same_name()
    {
        var response = await _app.CreateClient().PostAsync(Accelerator, Json(Storefront("""
            "email": "ok@example.com", "EM\u0041IL": "other@example.com"
            """)));

        (await RefusedByEngage(response))["errors"]!.AsObject().Select(e => e.Key).Should().Equal("$.EMAIL");
    }

    [Fact]
    public async Task A_long_sku_repeated_in_a_centra_stock_change_is_refused_at_its_path_and_later_changes_still_work()
    {
        var smuggled = $$"""[{"store":"1","sku":"A","sku":"{{new string('S', 2000)}}","freeToAllocate":1,"marketId":"4"}]""";

        var response = await _app.CreateClient().PostAsync(new Uri("/emulator/centra/stock-changes", UriKind.Relative), Json(smuggled));

        (await Refused(response, "application/problem+json"))["errors"]!.AsObject().Select(e => e.Key).Should().Equal("$[0].sku");
        var later = await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = "B", quantity = 1 } });
        later.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_repeat_in_the_second_item_of_an_engage_stock_update_is_named_by_its_index()
    {
        var body = """[{ "sku": "A", "quantity": 1 }, { "sku": "B", "quantity": 1, "Quantity": 5 }]""";

        var response = await _app.CreateAuthorizedClient().PutAsync(new Uri("/api/v3/inventory/stock-levels", UriKind.Relative), Json(body));

        var error = await RefusedByEngage(response);
        error["errors"]!.AsObject().Select(e => e.Key).Should().Equal("$[1].Quantity");
        error["validationErrors"]![0]!["key"]!.ToString().Should().Be("[1].Quantity");
    }

    [Fact]
    public async Task A_repeat_deep_in_a_klaviyo_body_is_a_klaviyo_error_pointing_at_it()
    {
        var body = """
            {"data":{"type":"back-in-stock-subscription","attributes":{"channels":["EMAIL"],
              "profile":{"data":{"type":"profile","attributes":{"email":"sarah.mason@klaviyo-demo.com","email":"eve@example.com"}}}},
              "relationships":{"variant":{"data":{"type":"catalog-variant","id":"$custom:::$default:::12366_SE_00_23400"}}}}}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/client/back-in-stock-subscriptions?company_id=PUBLIC", UriKind.Relative))
        {
            Content = Json(body, "application/vnd.api+json"),
        };
        request.Headers.Add("revision", "2024-10-15");

        var response = await _app.CreateClient().SendAsync(request);

        var error = (await Refused(response, "application/vnd.api+json"))["errors"]!.AsArray().Should().ContainSingle().Subject!;
        error["source"]!["pointer"]!.ToString().Should().Be("/data/attributes/profile/data/attributes/email");
    }

    [Fact]
    public async Task A_repeat_in_a_centra_checkout_body_is_a_centra_error_keyed_by_the_field()
    {
        var body = """{ "item": "12366-23400", "shipTo": { "country": "SE", "country": "US" }, "email": "test@email.com" }""";

        var response = await _app.CreateClient().PostAsync(new Uri("/api/checkout-api/back-in-stock-subscription", UriKind.Relative), Json(body));

        (await Refused(response, "application/json"))["errors"]!.AsObject().Select(e => e.Key).Should().Equal("shipTo.country");
    }

    [Fact]
    public async Task A_repeat_among_many_properties_is_found_too()
    {
        // Twelve attributes: past the few a pairwise comparison handles, the walk keeps a set of names.
        var attributes = string.Join(", ", Enumerable.Range(1, 11).Select(i => $"\"a{i}\": \"x\"")) + ", \"A7\": \"y\"";
        var body = $$"""[{ "sku": "S-1", "title": "T", "attributes": { {{attributes}} } }]""";

        var response = await _app.CreateClient().PutAsync(new Uri("/emulator/feeds/en-US", UriKind.Relative), Json(body));

        (await Refused(response, "application/problem+json"))["errors"]!.AsObject().Select(e => e.Key).Should().Equal("$[0].attributes.A7");
    }

    [Fact]
    public async Task The_validate_route_reports_a_repeat_as_a_contract_error_of_the_payload()
    {
        var response = await _app.CreateClient().PostAsync(new Uri("/emulator/validate/CentraSubscribe", UriKind.Relative), Json(Storefront("""
            "email": "ok@example.com", "EMAIL": "x"
            """)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        report["valid"]!.GetValue<bool>().Should().BeFalse();
        report["errors"]!.AsArray().Select(e => e!["path"]!.ToString()).Should().Contain("$.EMAIL");
    }

    [Fact]
    public async Task Distinct_names_and_repeats_in_sibling_objects_are_not_repeats()
    {
        var body = """[{ "sku": "A", "quantity": 1 }, { "sku": "B", "quantity": 2 }]""";

        var response = await _app.CreateAuthorizedClient().PutAsync(new Uri("/api/v3/inventory/stock-levels", UriKind.Relative), Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }
}
