using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackInStock.Client;
using BackInStock.Gateway.Tests.Drift;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>
/// Every string the store indexes is bounded by the contract, and whatever the contract accepts fits the
/// store's index key: the longest values, in three-byte characters, are stored, and one more is refused
/// (422 on Engage's routes, 400 on the emulator's).
/// </summary>
public sealed class IndexedLengthTests : IDisposable
{
    // Three bytes of UTF-8 for one UTF-16 character: the most a character of a maxLength can cost.
    private const char Wide = '\u20AC';

    private readonly GatewayApplication _app = new(inMemory: true);

    public void Dispose() => _app.Dispose();

    private static string Text(int length) => new(Wide, length);

    private static async Task<IEnumerable<string>> ErrorPaths(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.UnprocessableEntity)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        return JsonNode.Parse(body)!["errors"]!.AsObject().Select(e => e.Key);
    }

    private static async Task<int> MaxLength(string schema, string property)
    {
        var contract = OpenApiShape.FromYaml(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml")));
        return (int)contract["components"]!["schemas"]![schema]!["properties"]![property]!["maxLength"]!.GetValue<long>();
    }

    [Fact]
    public async Task The_longest_sku_locale_and_external_id_the_contract_allows_are_stored_as_one_stock_level()
    {
        var item = new
        {
            sku = Text(await MaxLength("StockLevelUpdate", "sku")),
            quantity = 3,
            locale = Text(await MaxLength("StockLevelUpdate", "locale")),
            externalId = Text(await MaxLength("StockLevelUpdate", "externalId")),
        };

        var response = await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { item });

        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var levels = await new EmulatorClient(_app.CreateClient()).ListStockLevelsAsync(item.sku, null, null);
        levels.Data.Should().ContainSingle().Which.ExternalId.Should().Be(item.externalId);
    }

    [Fact]
    public async Task A_sku_one_character_too_long_is_a_422_on_the_engage_stock_update()
    {
        var response = await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = new string('S', 201), quantity = 1 } });

        (await ErrorPaths(response)).Should().Equal("$[0].sku");
    }

    [Fact]
    public async Task A_sku_one_character_too_long_is_a_400_on_the_centra_simulator()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/emulator/centra/stock-changes", new[] { new { store = "1", sku = new string('S', 201), freeToAllocate = 1, marketId = "4" } });

        (await ErrorPaths(response, HttpStatusCode.BadRequest)).Should().Equal("$[0].sku");
    }

    [Fact]
    public async Task A_sku_and_external_id_too_long_are_a_422_on_the_accelerator()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/v1/centra/back-in-stock/subscribe", new
        {
            email = "long@example.com", sku = new string('S', 201), acceptemail = true, store = "voyado.centraqa", locale = "en-US", externalId = new string('4', 65),
        });

        (await ErrorPaths(response)).Should().BeEquivalentTo("$.sku", "$.externalId");
    }

    [Fact]
    public async Task The_longest_address_and_subscription_the_accelerator_allows_are_stored()
    {
        var email = new string('\u00E9', 240) + "@example.com";

        var response = await _app.CreateClient().PostAsJsonAsync("/api/v1/centra/back-in-stock/subscribe", new
        {
            email,
            sku = Text(await MaxLength("CentraSubscribeRequest", "sku")),
            acceptemail = true,
            store = "voyado.centraqa",
            locale = "en-US",
            externalId = Text(await MaxLength("CentraSubscribeRequest", "externalId")),
        });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_request_field_the_store_indexes_has_a_contract_max_length_that_fits_its_index_key()
    {
        var contract = OpenApiShape.FromYaml(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml")));
        var schemas = contract["components"]!["schemas"]!;
        string[] indexed =
        [
            "StockLevelUpdate.sku", "StockLevelUpdate.locale", "StockLevelUpdate.externalId",
            "CreateSubscriptionRequest.sku", "CreateSubscriptionRequest.externalId",
            "CentraSubscribeRequest.sku", "CentraSubscribeRequest.externalId", "CentraSubscribeRequest.email",
            "CentraStockChangeInput.sku", "CentraStockChangeInput.marketId",
            "CreateContactRequest.email", "KlaviyoProfileAttributes.email", "CentraBackInStockRequest.email",
            "Product.sku", "ReceiptRequest.uniqueReceiptId", "Locale",
        ];
        var limits = new Dictionary<string, int> { ["sku"] = 200, ["locale"] = 35, ["externalId"] = 64, ["marketId"] = 64, ["email"] = 254, ["uniqueReceiptId"] = 256, ["Locale"] = 35 };

        foreach (var field in indexed)
        {
            var (schema, property) = field.Contains('.', StringComparison.Ordinal) ? (field.Split('.')[0], field.Split('.')[1]) : (field, null);
            var node = property is null ? schemas[schema]! : schemas[schema]!["properties"]![property]!;
            var maxLength = node["maxLength"]?.GetValue<long>();
            maxLength.Should().NotBeNull($"{field} is indexed by the store");
            maxLength.Should().BeLessThanOrEqualTo(limits[property ?? schema], field);
            node["x-fidelity"].Should().NotBeNull($"{field} says where its limit comes from");
        }

        // The stock-level key holds sku, locale and externalId: at 3 bytes a character it stays under LiteDB's 1,023.
        (3 * (limits["sku"] + limits["locale"] + limits["externalId"]) + 2).Should().BeLessThan(1023);
    }
}
