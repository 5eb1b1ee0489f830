using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

/// <summary>
/// Receipts as Engage takes them: its mandatory fields required (Voyado's "Receipts - field definitions"
/// page and the v2 swagger's Receipt model), and a uniqueReceiptId already stored ignored as a duplicate
/// (Voyado's "Introduction to receipts").
/// </summary>
public sealed class ReceiptsApiTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    /// <summary>The field-definitions page's example, shortened to one line item, for this contact and SKU.</summary>
    private static JsonObject Receipt(string email, string uniqueReceiptId, string sku) => JsonNode.Parse($$"""
        {
          "contact": { "matchKey": "{{email}}", "matchKeyType": "email", "contactType": "Member" },
          "uniqueReceiptId": "{{uniqueReceiptId}}",
          "receiptNumber": "468464468",
          "createdDate": "2026-11-20T10:15:00+01:00",
          "storeExternalId": "Store1337",
          "currency": "NOK",
          "exchangeRateToGroupCurrency": 1.0,
          "totalGrossPrice": 200.00,
          "paymentMethods": [ { "type": "Card", "description": "Debit Card", "value": 200.00 } ],
          "items": [ {
            "type": "PURCHASE", "quantity": 2, "grossPaidPrice": 200.00, "taxAmount": 40.00, "taxPercent": 25.00,
            "sku": "{{sku}}", "articleNumber": "2324234", "articleName": "Ipsum Wool Jacket", "articleGroup": "Jackets"
          } ]
        }
        """)!.AsObject();

    private async Task<HttpResponseMessage> Post(JsonNode receipt) =>
        await _app.CreateAuthorizedClient().PostAsync(new Uri("/api/v3/receipts", UriKind.Relative), new StringContent(receipt.ToJsonString(), Encoding.UTF8, "application/json"));

    private async Task<string> Contact(string email)
    {
        using var created = await _app.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/contacts", new { email });
        created.EnsureSuccessStatusCode();
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Voyados_example_receipt_is_accepted_for_an_existing_contact()
    {
        await Contact("buyer@example.com");

        using var response = await Post(Receipt("buyer@example.com", "20180906468464468", "10015563434"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData("uniqueReceiptId", "$.uniqueReceiptId")]
    [InlineData("receiptNumber", "$.receiptNumber")]
    [InlineData("createdDate", "$.createdDate")]
    [InlineData("storeExternalId", "$.storeExternalId")]
    [InlineData("currency", "$.currency")]
    [InlineData("totalGrossPrice", "$.totalGrossPrice")]
    [InlineData("paymentMethods", "$.paymentMethods")]
    [InlineData("items", "$.items")]
    public async Task A_receipt_without_a_field_Engage_requires_is_a_422_naming_it(string field, string path)
    {
        await Contact("missing@example.com");
        var receipt = Receipt("missing@example.com", "R-missing", "SKU-1");
        receipt.Remove(field);

        using var response = await Post(receipt);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"\"{path}\"");
    }

    [Theory]
    [InlineData("taxAmount")]
    [InlineData("taxPercent")]
    [InlineData("articleNumber")]
    [InlineData("articleName")]
    [InlineData("grossPaidPrice")]
    public async Task A_line_item_without_a_field_the_v2_model_requires_is_a_422_naming_it(string field)
    {
        var receipt = Receipt("x@example.com", "R-item", "SKU-1");
        receipt["items"]![0]!.AsObject().Remove(field);

        using var response = await Post(receipt);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"\"$.items[0].{field}\"");
    }

    [Fact]
    public async Task A_payment_method_without_its_value_is_a_422_naming_it()
    {
        var receipt = Receipt("x@example.com", "R-payment", "SKU-1");
        receipt["paymentMethods"]![0]!.AsObject().Remove("value");

        using var response = await Post(receipt);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"$.paymentMethods[0].value\"");
    }

    [Fact]
    public async Task An_adjustment_line_is_accepted_as_the_v2_model_allows()
    {
        await Contact("adjust@example.com");
        var receipt = Receipt("adjust@example.com", "R-adjust", "SKU-1");
        receipt["items"]![0]!["type"] = "ADJUSTMENT";

        using var response = await Post(receipt);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task A_duplicate_uniqueReceiptId_is_ignored_so_the_first_receipt_still_decides_the_purchase_condition()
    {
        var feed = await new FeedsClient(_app.CreateClient()).GetFeedAsync(0, 2, "sv-SE");
        var (subscribed, other) = (feed.Products[0].Sku, feed.Products[1].Sku);
        var contactId = Guid.Parse(await Contact("dupe@example.com"));
        await _app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contactId, Sku = subscribed, Locale = "sv-SE" });
        var automations = new AutomationsClient(_app.CreateClient());
        var automation = (await automations.ListAutomationsAsync()).Data.Single();
        automation.Conditions.Add(new AutomationCondition { Type = ConditionType.Purchase, Operator = "notPurchasedWithin", Days = 3650 });
        await automations.ReplaceAutomationsAsync([automation]);

        using var first = await Post(Receipt("dupe@example.com", "R-dupe", other));
        using var duplicate = await Post(Receipt("dupe@example.com", "R-dupe", subscribed));
        await _app.BackInStock().UpdateStockLevelsAsync([new StockLevelUpdate { Sku = subscribed, Quantity = 5, Locale = "sv-SE" }]);

        first.StatusCode.Should().Be(HttpStatusCode.Accepted);
        duplicate.StatusCode.Should().Be(HttpStatusCode.Accepted, "Engage queues receipts and ignores the duplicate later");
        var outbox = await new OutboxClient(_app.CreateClient()).ListOutboxAsync(contactId, null, null, null, null, null, null, null, null, null);
        outbox.Data.Should().ContainSingle("the duplicate's purchase of the subscribed SKU was ignored, so the contact has not bought it");
    }

    [Theory]
    [InlineData("Email", "buyer@example.com")]
    [InlineData("email", "Buyer@Example.com")]
    [InlineData("MobilePhone", "+46735654321")]
    [InlineData("externalId", "EXT-42")]
    public async Task The_contact_is_found_by_any_of_engages_keys_spelt_as_its_pages_or_its_v2_swagger_spell_them(string matchKeyType, string matchKey)
    {
        using var created = await _app.CreateAuthorizedClient().PostAsJsonAsync(
            "/api/v3/contacts", new { email = "buyer@example.com", mobilePhone = "+46 73 565 43 21", externalId = "EXT-42" });
        created.EnsureSuccessStatusCode();
        var receipt = Receipt("unused", "R-keys", "SKU-1");
        receipt["contact"] = new JsonObject { ["matchKey"] = matchKey, ["matchKeyType"] = matchKeyType };

        using var response = await Post(receipt);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_key_type_engage_lacks_is_a_422_and_a_phone_two_members_share_a_409_listing_them()
    {
        var first = await Contact("one@example.com");
        await _app.Contacts().UpdateContactAsync(Guid.Parse(first), new UpdateContactRequest { MobilePhone = "+46700000002" });
        var second = await Contact("two@example.com");
        await _app.Contacts().UpdateContactAsync(Guid.Parse(second), new UpdateContactRequest { MobilePhone = "+46700000002" });
        var unknownType = Receipt("one@example.com", "R-x", "SKU-1");
        unknownType["contact"]!["matchKeyType"] = "Emails";
        var shared = Receipt("unused", "R-y", "SKU-1");
        shared["contact"] = new JsonObject { ["matchKey"] = "+46700000002", ["matchKeyType"] = "mobilePhone" };

        using var invalid = await Post(unknownType);
        using var ambiguous = await Post(shared);

        invalid.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!["validationErrors"]!.AsArray().Single()!["key"]!.GetValue<string>().Should().Be("contact.matchKeyType");
        ambiguous.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var body = JsonNode.Parse(await ambiguous.Content.ReadAsStringAsync())!;
        body["errorCode"]!.GetValue<string>().Should().Be("MultipleMatches");
        body["messageDetails"]!["multipleMatchesFound"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(first, second);
    }

    public void Dispose() => _app.Dispose();
}
