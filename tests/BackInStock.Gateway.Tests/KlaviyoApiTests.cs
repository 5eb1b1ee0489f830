using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BackInStock.Gateway.Security;

namespace BackInStock.Gateway.Tests;

/// <summary>Klaviyo's back-in-stock API as its OpenAPI defines it: JSON:API in, 202 out, its own errors.</summary>
public sealed class KlaviyoApiTests : IDisposable
{
    private const string ClientPath = "/client/back-in-stock-subscriptions?company_id=PUBLIC";
    private const string ServerPath = "/api/back-in-stock-subscriptions";
    private const string Revision = "2024-10-15";

    // The shape of the example in Klaviyo's create_client_back_in_stock_subscription, with Centra's variant.
    private const string SpecBody = """
        {
          "data": {
            "type": "back-in-stock-subscription",
            "attributes": {
              "channels": ["EMAIL", "SMS"],
              "profile": {
                "data": {
                  "type": "profile",
                  "attributes": {
                    "email": "sarah.mason@klaviyo-demo.com",
                    "phone_number": "+15005550006",
                    "external_id": "63f64a2b-c6bf-40c7-b81f-bed08162edbe"
                  }
                }
              }
            },
            "relationships": {
              "variant": {
                "data": {
                  "type": "catalog-variant",
                  "id": "$custom:::$default:::12366_SE_00_23400"
                }
              }
            }
          }
        }
        """;

    private readonly GatewayApplication _app = new(inMemory: true);

    private async Task<HttpResponseMessage> Post(string path, string body, string? revision = Revision, string mediaType = "application/vnd.api+json", string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (revision is not null)
        {
            request.Headers.Add("revision", revision);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _app.CreateClient().SendAsync(request);
    }

    private static async Task<JsonObject> SingleError(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.api+json");
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        var error = errors.Should().ContainSingle().Subject!.AsObject();
        error["id"]!.ToString().Should().NotBeEmpty();
        error["status"]!.GetValue<int>().Should().Be((int)status);
        return error;
    }

    private async Task<JsonArray> Report() =>
        JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/klaviyo/back-in-stock-report", UriKind.Relative)))!["data"]!.AsArray();

    [Theory]
    [InlineData("application/vnd.api+json")]
    [InlineData("application/json")]
    public async Task The_client_endpoint_accepts_the_specs_body_with_202_and_no_body(string mediaType)
    {
        var response = await Post(ClientPath, SpecBody, mediaType: mediaType);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        var row = (await Report()).Should().ContainSingle().Subject!;
        row["catalogVariantId"]!.ToString().Should().Be("$custom:::$default:::12366_SE_00_23400");
        row["waitingSubscribers"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task The_trailing_slash_form_storefronts_use_works_too()
    {
        (await Post("/client/back-in-stock-subscriptions/?company_id=PUBLIC", SpecBody)).StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_missing_revision_is_an_invalid_parameter()
    {
        var error = await SingleError(await Post(ClientPath, SpecBody, revision: null), HttpStatusCode.BadRequest);

        error["code"]!.ToString().Should().Be("invalid");
        error["source"]!["parameter"]!.ToString().Should().Be("revision");
    }

    [Theory]
    [InlineData("15-10-2024", HttpStatusCode.BadRequest)]
    [InlineData("2099-01-15", HttpStatusCode.BadRequest)]
    [InlineData("2023-06-15", HttpStatusCode.NotFound)]
    public async Task A_bad_revision_is_refused(string revision, HttpStatusCode status)
    {
        var error = await SingleError(await Post(ClientPath, SpecBody, revision), status);

        error["source"]!["parameter"]!.ToString().Should().Be("revision");
        (await Report()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_variant_id_without_the_compound_form_is_invalid_at_its_pointer()
    {
        var error = await SingleError(await Post(ClientPath, SpecBody.Replace("$custom:::$default:::12366_SE_00_23400", "12366_SE_00_23400", StringComparison.Ordinal)), HttpStatusCode.BadRequest);

        error["code"]!.ToString().Should().Be("invalid");
        error["title"]!.ToString().Should().Be("Invalid input.");
        error["source"]!["pointer"]!.ToString().Should().Be("/data/relationships/variant/data/id");
    }

    [Fact]
    public async Task A_variant_of_an_item_not_in_the_catalog_is_invalid_at_its_pointer()
    {
        var error = await SingleError(await Post(ClientPath, SpecBody.Replace("12366_SE_00_23400", "12366_SE_00_99999", StringComparison.Ordinal)), HttpStatusCode.BadRequest);

        error["source"]!["pointer"]!.ToString().Should().Be("/data/relationships/variant/data/id");
    }

    [Fact]
    public async Task Schema_errors_point_into_the_body()
    {
        var error = await SingleError(await Post(ClientPath, SpecBody.Replace("\"channels\": [\"EMAIL\", \"SMS\"],", "", StringComparison.Ordinal)), HttpStatusCode.BadRequest);

        error["source"]!["pointer"]!.ToString().Should().Be("/data/attributes/channels");
    }

    [Fact]
    public async Task The_server_endpoint_needs_the_private_key()
    {
        var missing = await SingleError(await Post(ServerPath, SpecBody), HttpStatusCode.Unauthorized);
        var wrong = await SingleError(await Post(ServerPath, SpecBody, authorization: "Klaviyo-API-Key pk_wrong0000000000000000000000000000000"), HttpStatusCode.Unauthorized);

        missing["code"]!.ToString().Should().Be("not_authenticated");
        wrong["code"]!.ToString().Should().Be("authentication_failed");
        (await Report()).Should().BeEmpty();
    }

    [Fact]
    public async Task With_the_private_key_the_server_endpoint_subscribes_and_stock_in_sweden_notifies_once()
    {
        var response = await Post(ServerPath, SpecBody, authorization: $"Klaviyo-API-Key {KlaviyoOptions.DevelopmentKey}");
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);

        for (var i = 0; i < 2; i++)
        {
            (await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = "BIS-12366-M", quantity = 10, externalId = "SE" } })).EnsureSuccessStatusCode();
        }

        var outbox = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/emulator/outbox", UriKind.Relative)))!["data"]!.AsArray();
        outbox.Should().ContainSingle().Which!["to"]!.ToString().Should().Be("sarah.mason@klaviyo-demo.com");
        var row = (await Report()).Should().ContainSingle().Subject!;
        row["notified"]!.GetValue<int>().Should().Be(1);
        row["waitingSubscribers"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_klaviyos_415()
    {
        var error = await SingleError(await Post(ClientPath, SpecBody, mediaType: "text/plain"), HttpStatusCode.UnsupportedMediaType);

        error["code"]!.ToString().Should().Be("unsupported_media_type");
    }

    public void Dispose() => _app.Dispose();
}
