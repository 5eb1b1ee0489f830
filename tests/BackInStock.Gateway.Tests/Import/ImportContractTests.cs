using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackInStock.Emulator;
using BackInStock.Emulator.Import;
using BackInStock.Emulator.Storage;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Tests.Drift;

namespace BackInStock.Gateway.Tests.Import;

/// <summary>
/// An import line has the shape of the Engage request that makes its record, so the contract's import schemas must
/// not drift from those requests; and the emulator's own reading of a line must refuse nothing the contract accepts.
/// </summary>
public sealed class ImportContractTests
{
    private static readonly JsonNode Schemas = OpenApiShape.FromYaml(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "openapi.yaml")))["components"]!["schemas"]!;

    [Fact]
    public void An_import_contact_is_the_create_contact_body_with_an_optional_id()
    {
        var create = Properties("CreateContactRequest");
        var import = Properties("ImportContact");

        import.Remove("id").Should().BeTrue();
        import.Keys.Should().BeEquivalentTo(create.Keys);
        foreach (var (name, schema) in create)
        {
            import[name].Should().Be(schema, $"ImportContact.{name} must keep CreateContactRequest's limits");
        }
    }

    [Fact]
    public void An_import_subscription_keeps_the_create_subscription_limits()
    {
        var create = Properties("CreateSubscriptionRequest");
        var import = Properties("ImportSubscription");

        foreach (var name in new[] { "sku", "locale", "externalId" })
        {
            import[name].Should().Be(create[name], $"ImportSubscription.{name} must keep CreateSubscriptionRequest's limits");
        }

        Schemas["ImportLine"]!["properties"]!["stockLevel"]!["$ref"]!.ToString().Should().EndWith("/StockLevelUpdate");
        Schemas["ImportLine"]!["properties"]!["receipt"]!["$ref"]!.ToString().Should().EndWith("/ReceiptRequest");
    }

    [Theory]
    [InlineData("""{"subscription":{"email":"a@example.com","sku":"S","locale":"sv-SE"}}""", null)]
    [InlineData("""{"SUBSCRIPTION":{"Email":"a@example.com","SKU":"S","Locale":"sv-SE","externalId":null,"createdOn":"2026-01-01T00:00:00Z"}}""", null)]
    [InlineData("""{"stockLevel":{"sku":"S","quantity":-3,"locale":null}}""", null)]
    [InlineData("""{"contact":{"email":"b@example.com","consents":[{"id":"c","value":true}],"preferences":null}}""", null)]
    [InlineData("""{"subscription":{"email":"a@example.com","sku":5,"locale":"sv-SE"}}""", "$.subscription.sku")]
    [InlineData("""{"subscription":{"email":"a@example.com","locale":"sv-SE"}}""", "$.subscription.sku")]
    [InlineData("""{"subscription":{"contactId":"nope","sku":"S","locale":"sv-SE"}}""", "$.subscription.contactId")]
    [InlineData("""{"subscription":{"email":"a@example.com","sku":"S","locale":"sv-SE","createdOn":"yesterday"}}""", "$.subscription.createdOn")]
    [InlineData("""{"stockLevel":{"sku":"S","quantity":1.5}}""", "$.stockLevel.quantity")]
    [InlineData("""{"stockLevel":{"sku":"S"}}""", "$.stockLevel.quantity")]
    [InlineData("""{"contact":{"email":"b@example.com","acceptsEmail":"yes"}}""", "$.contact.acceptsEmail")]
    [InlineData("""{"receipt":{"contact":{"matchKey":"a@example.com","matchKeyType":"email"},"uniqueReceiptId":"R","createdDate":"soon","items":[]}}""", "$.receipt.createdDate")]
    public async Task The_emulator_refuses_a_sample_by_itself_exactly_when_the_contract_refuses_it_at_that_path(string line, string? path)
    {
        var contract = new List<ImportFieldError>();
        new ContractImportCheck().Check(JsonDocument.Parse(line).RootElement, contract);
        using var emulator = new EngageEmulator(LiteDbStore.Open(new StoreOptions { InMemory = true }), TimeProvider.System, new EmulatorOptions { DemoCatalog = false });
        emulator.Contacts.Create(new Emulator.Contacts.NewContact("a@example.com"));

        var alone = await emulator.Import.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(line)));

        var emulatorPaths = alone.Errors.SelectMany(e => e.Errors).Select(e => e.Path).ToList();
        if (path is null)
        {
            contract.Should().BeEmpty();
            emulatorPaths.Should().BeEmpty();
        }
        else
        {
            contract.Select(e => e.Path).Should().Contain(path);
            emulatorPaths.Should().Contain(path);
        }
    }

    private static Dictionary<string, string> Properties(string schema) =>
        Schemas[schema]!["properties"]!.AsObject().ToDictionary(p => p.Key, p => Limits(p.Value!));

    // What a member accepts, without the words about it.
    private static string Limits(JsonNode schema)
    {
        var copy = JsonNode.Parse(schema.ToJsonString())!.AsObject();
        copy.Remove("description");
        copy.Remove("x-fidelity");
        return copy.ToJsonString();
    }
}
