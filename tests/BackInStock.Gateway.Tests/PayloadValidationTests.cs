using System.Net;
using System.Text;
using System.Text.Json;
using BackInStock.Client;
using BackInStock.Gateway.Validation;

namespace BackInStock.Gateway.Tests;

/// <summary>The validate route and command: contract errors by JSON path, then Engage-rule warnings.</summary>
public sealed class PayloadValidationTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    private async Task<(HttpStatusCode Status, JsonElement Body)> Validate(string operationId, string payload)
    {
        var response = await _app.CreateClient().PostAsync(
            new Uri($"/emulator/validate/{operationId}", UriKind.Relative), new StringContent(payload, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static List<(string Path, string Code, string Message)> Findings(JsonElement report, string kind) =>
        report.GetProperty(kind).EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("code").GetString()!, f.GetProperty("message").GetString()!))
            .ToList();

    private async Task<Product> DemoProduct(string locale) =>
        (await new FeedsClient(_app.CreateClient()).GetFeedAsync(0, 1, locale)).Products.Single();

    [Fact]
    public async Task A_typod_field_is_an_error_with_the_intended_name_suggested()
    {
        var (status, report) = await Validate("UpdateStockLevels", """[{ "sku": "A-1", "quantiy": 5, "locale": "sv-SE" }]""");

        status.Should().Be(HttpStatusCode.OK);
        report.GetProperty("valid").GetBoolean().Should().BeFalse();
        Findings(report, "errors").Should().ContainSingle().Which.Should().Be(("$[0].quantity", "ContractError", "is required."));
        Findings(report, "warnings").Should().ContainSingle()
            .Which.Should().Match<(string Path, string Code, string Message)>(w => w.Path == "$[0].quantiy" && w.Code == "UnknownProperty" && w.Message.Contains("Did you mean \"quantity\"?"));
    }

    [Fact]
    public async Task A_typo_in_one_item_does_not_hide_what_the_others_would_do()
    {
        var (_, report) = await Validate("UpdateStockLevels", """[{ "sku": "A-1", "quantiy": 5, "locale": "sv-SE" }, { "sku": "A-1", "quantity": 3 }]""");

        report.GetProperty("valid").GetBoolean().Should().BeFalse();
        Findings(report, "warnings").Select(w => (w.Path, w.Code)).Should().Contain(("$[1]", "NoLocaleOrExternalId"))
            .And.NotContain(w => w.Path.StartsWith("$[0].sku", StringComparison.Ordinal), "the refused item is not advised on");
    }

    [Fact]
    public async Task A_valid_batch_is_read_against_the_rules_and_the_tenant_state()
    {
        var product = await DemoProduct("sv-SE");
        var contact = await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "v@example.com" });
        await _app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = product.Sku, Locale = "sv-SE", ExternalId = "market-1" });

        var (status, report) = await Validate("UpdateStockLevels", $$"""
            [
              { "sku": "{{product.Sku}}", "quantity": 3 },
              { "sku": "{{product.Sku}}", "quantity": 0, "locale": "sv-SE" },
              { "sku": "{{product.Sku}}", "quantity": 2, "locale": "fi-FI" },
              { "sku": "{{product.Sku}}", "quantity": 2, "externalId": "market-2" },
              { "sku": "NOT-IN-ANY-FEED", "quantity": 1, "locale": "sv-SE" },
              { "sku": "{{product.Sku}}", "quantity": 4, "locale": "sv-SE", "externalId": "market-1" }
            ]
            """);

        status.Should().Be(HttpStatusCode.OK);
        report.GetProperty("valid").GetBoolean().Should().BeTrue();
        Findings(report, "warnings").Select(w => (w.Path, w.Code)).Should().BeEquivalentTo(new[]
        {
            ("$[0]", "NoLocaleOrExternalId"),
            ("$[1].quantity", "QuantityNeverTriggers"),
            ("$[2].locale", "LocaleWithoutFeed"),
            ("$[2].locale", "LocaleUnused"),
            ("$[3].externalId", "ExternalIdUnused"),
            ("$[4].sku", "SkuNotInFeed"),
            ("$[4].sku", "NoSubscriptions"),
        }, "item 5 would trigger and draws no warning");
    }

    [Fact]
    public async Task Subscriptions_are_checked_for_their_contact_and_catalog()
    {
        var (_, report) = await Validate("CreateSubscription", """{ "contactId": "00000000-0000-0000-0000-000000000001", "sku": "X", "locale": "sv-SE" }""");

        Findings(report, "warnings").Select(w => w.Code).Should().Equal("ContactNotFound", "SkuNotInFeed");
    }

    [Fact]
    public async Task An_unknown_operation_is_a_404_that_lists_the_operations()
    {
        var (status, problem) = await Validate("UpdateStockLevel", "[]");

        status.Should().Be(HttpStatusCode.NotFound);
        problem.GetProperty("errorCode").GetString().Should().Be("OperationNotFound");
        problem.GetProperty("detail").GetString().Should().Contain("UpdateStockLevels");
    }

    [Fact]
    public async Task An_operation_without_a_body_reports_that_it_takes_none()
    {
        var (_, report) = await Validate("GetHealth", "{}");

        report.GetProperty("valid").GetBoolean().Should().BeFalse();
        Findings(report, "errors").Single().Message.Should().Contain("takes no request body");
    }

    [Fact]
    public async Task Validating_changes_nothing()
    {
        var product = await DemoProduct("sv-SE");
        var contact = await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "still@example.com" });
        await _app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = product.Sku, Locale = "sv-SE" });

        await Validate("UpdateStockLevels", $$"""[{ "sku": "{{product.Sku}}", "quantity": 9, "locale": "sv-SE" }]""");

        (await _app.BackInStock().ListContactSubscriptionsAsync(contact.Id)).Data.Should().ContainSingle();
        (await new EmulatorClient(_app.CreateClient()).ListStockLevelsAsync(product.Sku, null, null)).Data.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""[{ "sku": "A-1", "quantiy": 5 }]""", "text", 1, "error    $[0].quantity")]
    [InlineData("""[{ "sku": "A-1", "quantity": 5 }]""", "text", 0, "[NoLocaleOrExternalId]")]
    [InlineData("""[{ "sku": "A-1", "quantity": 5 }]""", "json", 0, "\"code\":\"NoLocaleOrExternalId\"")]
    [InlineData("""[{ "sku": """, "text", 1, "is not valid JSON")]
    public void The_command_prints_the_report_and_exits_non_zero_on_errors(string payload, string format, int exitCode, string expected)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bis-validate-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, payload);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = new ValidateCommand("UpdateStockLevels", format, file).Run(_app.Services, output, error);
        File.Delete(file);

        exit.Should().Be(exitCode, error.ToString());
        output.ToString().Should().Contain(expected);
    }

    [Theory]
    [InlineData("Nope", "stock.json", "no operation \"Nope\"")]
    [InlineData("UpdateStockLevels", "/no/such/file.json", "Cannot read /no/such/file.json")]
    public void A_command_that_cannot_run_exits_2_and_says_why(string operation, string file, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = new ValidateCommand(operation, "text", file).Run(_app.Services, output, error);

        exit.Should().Be(2);
        error.ToString().Should().Contain(expected);
    }

    public void Dispose() => _app.Dispose();
}
