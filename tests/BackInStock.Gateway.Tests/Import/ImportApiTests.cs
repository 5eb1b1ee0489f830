using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests.Import;

/// <summary>
/// <c>POST /emulator/import</c> over HTTP: every line checked against the contract and Engage's rules, refused lines
/// reported by number and storing nothing, good lines readable through their own routes, nothing triggered.
/// </summary>
public sealed class ImportApiTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    [Fact]
    public async Task Refused_lines_are_reported_by_number_and_store_nothing_while_the_good_lines_are_stored()
    {
        var ada = Guid.NewGuid();
        var nobody = Guid.NewGuid();
        var (status, report) = await Import(
            $$$"""{"contact":{"id":"{{{ada}}}","email":"ada@example.com","firstName":"Ada"}}""",
            $$$"""{"subscription":{"contactId":"{{{ada}}}","sku":"SKU-1","locale":"sv-SE"}}""",
            $$$"""{"subscription":{"contactId":"{{{ada}}}","sku":"SKU-3","locale":"not a locale"}}""",
            """{"subscription":{"email":"ADA@example.com","sku":"SKU-4","locale":"en-US"}}""",
            "",
            """{"stockLevel":{"sku":"SKU-1","quantity":3,"locale":"sv-SE"}}""",
            $$$"""{"subscription":{"contactId":"{{{nobody}}}","sku":"SKU-7","locale":"sv-SE"}}""",
            $$$"""{"subscription":{"contactId":"{{{ada}}}","sku":"SKU-8","locale":"sv-SE","externalId":"M1"}}""");

        status.Should().Be(HttpStatusCode.OK);
        report.GetProperty("refused").GetInt32().Should().Be(2);
        report.GetProperty("truncated").GetBoolean().Should().BeFalse();
        Lines(report).Should().Equal(3, 7);
        Paths(report, 3).Should().Equal("$.subscription.locale");
        Paths(report, 7).Should().Equal("$.subscription.contactId");
        Counts(report).Should().Equal(1, 3, 1, 0);

        (await _app.BackInStock().ListContactSubscriptionsAsync(ada)).Data.Select(s => s.Sku).Should().Equal("SKU-1", "SKU-4", "SKU-8");
        (await _app.Emulator().ListAllSubscriptionsAsync(null, null)).Data.Select(s => s.Sku).Should().NotContain(["SKU-3", "SKU-7"]);
        var unknown = await _app.CreateAuthorizedClient().GetAsync(new Uri($"/api/v3/contacts/{nobody}/backinstock/subscriptions", UriKind.Relative));
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound, "a refused line creates no contact either");
    }

    [Fact]
    public async Task Each_kind_is_readable_through_its_own_route()
    {
        var grace = Guid.NewGuid();
        var subscription = Guid.NewGuid();
        var (status, report) = await Import(
            $$$$"""{"contact":{"id":"{{{{grace}}}}","email":"grace@example.com","firstName":"Grace","lastName":"Hopper","language":"en","countryCode":"US","preferences":{"acceptsEmail":true}}}""",
            $$$"""{"subscription":{"id":"{{{subscription}}}","contactId":"{{{grace}}}","sku":"SKU-9","locale":"en-US","externalId":"US-1","createdOn":"2026-01-02T03:04:05+00:00"}}""",
            """{"stockLevel":{"sku":"SKU-9","quantity":0,"locale":"en-US","externalId":"US-1"}}""",
            """{"receipt":{"contact":{"matchKey":"grace@example.com","matchKeyType":"email"},"uniqueReceiptId":"R-1","receiptNumber":"1","createdDate":"2026-01-03T10:00:00+01:00","storeExternalId":"S1","currency":"SEK","totalGrossPrice":100,"paymentMethods":[],"items":[{"type":"PURCHASE","sku":"SKU-9","quantity":1,"grossPaidPrice":100,"taxAmount":20,"taxPercent":25,"articleNumber":"A1","articleName":"Shirt"}]}}""");

        status.Should().Be(HttpStatusCode.OK);
        Counts(report).Should().Equal(1, 1, 1, 1);
        var contact = await _app.Contacts().GetContactAsync(grace);
        contact.Attributes.Email.Should().Be("grace@example.com");
        contact.Attributes.LastName.Should().Be("Hopper");
        contact.Preferences.AcceptsEmail.Should().BeTrue();
        var stored = (await _app.BackInStock().ListContactSubscriptionsAsync(grace)).Data.Should().ContainSingle().Subject;
        stored.Id.Should().Be(subscription);
        stored.ExternalId.Should().Be("US-1");
        stored.CreatedOn.Should().Be(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var level = (await _app.Emulator().ListStockLevelsAsync("SKU-9", null, null)).Data.Should().ContainSingle().Subject;
        level.Quantity.Should().Be(0);
        level.BatchId.Should().Be(Guid.Empty, "no batch set an imported level");

        // The receipt is stored: Engage ignores a receipt whose uniqueReceiptId it holds, so importing it again is refused.
        var (_, again) = await Import("""{"receipt":{"contact":{"matchKey":"grace@example.com","matchKeyType":"email"},"uniqueReceiptId":"R-1","receiptNumber":"1","createdDate":"2026-01-03T10:00:00+01:00","storeExternalId":"S1","currency":"SEK","totalGrossPrice":100,"paymentMethods":[],"items":[{"type":"PURCHASE","sku":"SKU-9","quantity":1,"grossPaidPrice":100,"taxAmount":20,"taxPercent":25,"articleNumber":"A1","articleName":"Shirt"}]}}""");
        Paths(again, 1).Should().Equal("$.receipt.uniqueReceiptId");
    }

    [Fact]
    public async Task An_imported_stock_level_triggers_nothing_where_the_same_update_sent_to_engage_would()
    {
        await new FeedsClient(_app.CreateClient()).ReplaceFeedAsync([new Product { Sku = "SKU-1", Title = "Shirt", Link = "https://shop.example.com/p/1" }], "sv-SE");
        var linus = Guid.NewGuid();

        var (_, report) = await Import(
            $$$"""{"contact":{"id":"{{{linus}}}","email":"linus@example.com","acceptsEmail":true}}""",
            $$$"""{"subscription":{"contactId":"{{{linus}}}","sku":"SKU-1","locale":"sv-SE"}}""",
            """{"stockLevel":{"sku":"SKU-1","quantity":5,"locale":"sv-SE"}}""");

        Counts(report).Should().Equal(1, 1, 1, 0);
        (await Outbox()).Should().Be(0);
        (await _app.BackInStock().ListContactSubscriptionsAsync(linus)).Data.Should().ContainSingle();

        await _app.BackInStock().UpdateStockLevelsAsync([new StockLevelUpdate { Sku = "SKU-1", Quantity = 5, Locale = "sv-SE" }]);
        (await Outbox()).Should().Be(1, "the subscription was waiting, and a stock update sent afterwards triggers it");
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_counted_and_crlf_ends_a_line()
    {
        var body = "\r\n   \r\n{\"contact\":{\"email\":\"ann@example.com\"}}\r\n\r\n{\"subscription\":{\"email\":\"ann@example.com\",\"sku\":\"\",\"locale\":\"sv-SE\"}}\r\n\t\r\n";

        var (status, report) = await Send(body, "application/x-ndjson");

        status.Should().Be(HttpStatusCode.OK);
        Counts(report).Should().Equal(1, 0, 0, 0);
        Lines(report).Should().Equal(5);
        Paths(report, 5).Should().Equal("$.subscription.sku");
    }

    [Fact]
    public async Task A_repeated_subscription_contact_or_id_is_refused_as_the_api_would_not_create_it_twice()
    {
        var stored = await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "kept@example.com" });
        await _app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = stored.Id, Sku = "SKU-1", Locale = "sv-SE" });
        var bea = Guid.NewGuid();

        var (_, report) = await Import(
            $$$"""{"contact":{"id":"{{{bea}}}","email":"bea@example.com"}}""",
            $$$"""{"subscription":{"contactId":"{{{bea}}}","sku":"SKU-1","locale":"sv-SE"}}""",
            $$$"""{"subscription":{"contactId":"{{{bea}}}","sku":"SKU-1","locale":"SV-se"}}""",
            $$$"""{"subscription":{"contactId":"{{{stored.Id}}}","sku":"SKU-1","locale":"sv-se"}}""",
            $$$"""{"subscription":{"contactId":"{{{stored.Id}}}","sku":"SKU-1","locale":"sv-SE","externalId":"SE"}}""",
            """{"contact":{"email":"BEA@example.com"}}""",
            """{"contact":{"email":"kept@example.com"}}""",
            $$$"""{"contact":{"id":"{{{stored.Id}}}","email":"other@example.com"}}""");

        Lines(report).Should().Equal(3, 4, 6, 7, 8);
        Messages(report, 3).Should().ContainSingle().Which.Should().Contain("repeats line 2");
        Messages(report, 4).Should().ContainSingle().Which.Should().Contain("already stored");
        Paths(report, 6).Should().Equal("$.contact.email");
        Paths(report, 7).Should().Equal("$.contact.email");
        Paths(report, 8).Should().Equal("$.contact.id");
        Counts(report).Should().Equal(1, 2, 0, 0);
        (await _app.BackInStock().ListContactSubscriptionsAsync(stored.Id)).Data.Select(s => s.ExternalId).Should().Equal(null, "SE");
    }

    [Theory]
    [InlineData("""["subscription"]""", "$")]
    [InlineData("""{"subscription":{"email":"a@example.com","sku":"S","locale":"sv-SE"},"contact":{}}""", "$")]
    [InlineData("""{"wish":{}}""", "$")]
    [InlineData("""{"subscription":"SKU-1"}""", "$.subscription")]
    [InlineData("""{"subscription":{"email":"a@example.com","sku":"S","locale":"sv-SE","sku":"T"}}""", "$.subscription.sku")]
    [InlineData("""{"subscription":{"email":"a@example.com","locale":"sv-SE"}}""", "$.subscription.sku")]
    [InlineData("""{"stockLevel":{"sku":"S","quantity":"five"}}""", "$.stockLevel.quantity")]
    [InlineData("""{"contact":{"email":"not an address"}}""", "$.contact.email")]
    [InlineData("""{"subscription":{"email":"a@example.com","sku":"S",""", "$")]
    public async Task A_line_that_is_not_one_valid_record_is_refused_naming_its_path(string line, string path)
    {
        var (status, report) = await Import(line);

        status.Should().Be(HttpStatusCode.OK);
        Lines(report).Should().Equal(1);
        Paths(report, 1).Should().Contain(path);
        Counts(report).Should().Equal(0, 0, 0, 0);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_that_is_not_ndjson_is_a_415_problem_and_stores_nothing(string contentType)
    {
        var (status, problem) = await Send("""{"contact":{"email":"x@example.com"}}""", contentType);

        status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("errorCode").GetString().Should().Be("UnsupportedMediaType");
        problem.GetProperty("detail").GetString().Should().Contain("application/x-ndjson");
        (await _app.Contacts().CountContactsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task An_unknown_tenant_is_a_400_problem()
    {
        var (status, problem) = await Send("""{"contact":{"email":"x@example.com"}}""", "application/x-ndjson", "?tenant=nobody");

        status.Should().Be(HttpStatusCode.BadRequest);
        problem.GetProperty("errorCode").GetString().Should().Be("UnknownTenant");
    }

    [Fact]
    public async Task A_body_over_the_import_limit_is_a_413_problem_before_any_line_is_read()
    {
        using var small = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Gateway:MaxImportBytes"] = "100" });
        using var content = new StringContent(string.Join('\n', Enumerable.Repeat("""{"contact":{"email":"x@example.com"}}""", 5)), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        var response = await small.CreateClient().PostAsync(new Uri("/emulator/import", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Gateway:MaxImportBytes");
        (await small.Contacts().CountContactsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_generated_client_streams_a_file_to_the_route()
    {
        await using var lines = new MemoryStream(Encoding.UTF8.GetBytes("{\"contact\":{\"email\":\"eve@example.com\"}}\n{\"subscription\":{\"email\":\"eve@example.com\",\"sku\":\"S\",\"locale\":\"sv-SE\"}}\n"));

        var report = await new ImportClient(_app.CreateClient()).ImportDataAsync(lines);

        report.Imported.Contacts.Should().Be(1);
        report.Imported.Subscriptions.Should().Be(1);
        report.Refused.Should().Be(0);
    }

    public void Dispose() => _app.Dispose();

    private Task<(HttpStatusCode Status, JsonElement Body)> Import(params string[] lines) => Send(string.Join('\n', lines) + "\n", "application/x-ndjson");

    private async Task<(HttpStatusCode Status, JsonElement Body)> Send(string body, string contentType, string query = "")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await _app.CreateClient().PostAsync(new Uri("/emulator/import" + query, UriKind.Relative), content);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private async Task<int> Outbox() => (await new OutboxClient(_app.CreateClient()).ListOutboxAsync(null, null, null, null, null, null, null, null, null, null)).Total;

    private static IEnumerable<int> Lines(JsonElement report) => report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32());

    private static JsonElement.ArrayEnumerator ErrorsOf(JsonElement report, int line) =>
        report.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("line").GetInt32() == line).GetProperty("errors").EnumerateArray();

    private static IEnumerable<string> Paths(JsonElement report, int line) => ErrorsOf(report, line).Select(e => e.GetProperty("path").GetString()!);

    private static IEnumerable<string> Messages(JsonElement report, int line) => ErrorsOf(report, line).Select(e => e.GetProperty("message").GetString()!);

    private static int[] Counts(JsonElement report)
    {
        var imported = report.GetProperty("imported");
        return [imported.GetProperty("contacts").GetInt32(), imported.GetProperty("subscriptions").GetInt32(), imported.GetProperty("stockLevels").GetInt32(), imported.GetProperty("receipts").GetInt32()];
    }
}
