using System.Text;
using BackInStock.Emulator.Import;

namespace BackInStock.Emulator.Tests.Import;

/// <summary>
/// An import read without the gateway's contract check (the .NET fixture, the bench): a value of the wrong type is
/// a problem at its JSON path with a message naming what was expected and what came, never an exception, and its line
/// stores nothing. Names bind ignoring ASCII case, escaped or not.
/// </summary>
public sealed class ImportFieldTypeTests
{
    private static readonly Guid ContactId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Theory]
    [InlineData("""{"sku":5,"locale":"sv-SE"}""", "$.subscription.sku", "must be a string, not a number.")]
    [InlineData("""{"sku":"S","locale":[]}""", "$.subscription.locale", "must be a string, not an array.")]
    [InlineData("""{"sku":"S","locale":"sv-SE","externalId":{}}""", "$.subscription.externalId", "must be a string, not an object.")]
    [InlineData("""{"sku":"S","locale":"sv-SE","externalId":true}""", "$.subscription.externalId", "must be a string, not a boolean.")]
    [InlineData("""{"sku":"S","locale":"sv-SE","id":"not-a-uuid"}""", "$.subscription.id", "must be a UUID such as \"f5774867-8358-111f-85a4-af1200eced95\".")]
    [InlineData("""{"sku":"S","locale":"sv-SE","id":7}""", "$.subscription.id", "must be a UUID such as \"f5774867-8358-111f-85a4-af1200eced95\".")]
    [InlineData("""{"sku":"S","locale":"sv-SE","createdOn":"yesterday"}""", "$.subscription.createdOn", "must be an ISO 8601 date-time such as \"2023-12-07T12:21:28+01:00\".")]
    [InlineData("""{"sku":"S","locale":"sv-SE","createdOn":12}""", "$.subscription.createdOn", "must be an ISO 8601 date-time such as \"2023-12-07T12:21:28+01:00\".")]
    public async Task A_subscription_field_of_the_wrong_type_refuses_its_line_at_its_path(string fields, string path, string message)
    {
        using var fixture = new EmulatorFixture("memory");
        var line = "{\"subscription\":" + fields.Insert(1, $"\"contactId\":\"{ContactId}\",") + "}";

        var report = await Load(fixture, [Contact(), line]);

        report.Errors.Should().ContainSingle().Which.Line.Should().Be(2);
        report.Errors[0].Errors.Should().Contain(new ImportFieldError(path, message)).And.OnlyContain(e => e.Path == path, "a required field of the wrong type is also missing, at the same path");
        report.Imported.Subscriptions.Should().Be(0);
    }

    [Theory]
    [InlineData("\"five\"", "must be an integer, not a string.")]
    [InlineData("null", "must be an integer, not null.")]
    [InlineData("2.5", "must be a whole number from -2147483648 to 2147483647.")]
    [InlineData("2147483648", "must be a whole number from -2147483648 to 2147483647.")]
    public async Task A_stock_level_quantity_must_be_a_whole_number_that_fits(string quantity, string message)
    {
        using var fixture = new EmulatorFixture("memory");

        var report = await Load(fixture, [$$$"""{"stockLevel":{"sku":"S","quantity":{{{quantity}}},"locale":"sv-SE"}}"""]);

        report.Errors.Should().ContainSingle().Which.Errors.Should().ContainSingle().Which.Should().Be(new ImportFieldError("$.stockLevel.quantity", message));
        fixture.Emulator.StockLevels.Current().Should().BeEmpty();
    }

    [Fact]
    public async Task Optional_fields_given_as_null_read_as_absent()
    {
        using var fixture = new EmulatorFixture("memory");

        var report = await Load(fixture, [Contact(), $$$"""{"subscription":{"contactId":"{{{ContactId}}}","sku":"S","locale":"sv-SE","externalId":null,"id":null,"createdOn":null}}"""]);

        report.Errors.Should().BeEmpty();
        fixture.Emulator.Subscriptions.ListFor(ContactId).Should().ContainSingle().Which.ExternalId.Should().BeNull();
    }

    [Fact]
    public async Task Names_bind_ignoring_case_whether_or_not_they_are_escaped()
    {
        using var fixture = new EmulatorFixture("memory");

        // "\u0053KU" is "SKU"; "LOCALE" differs from the contract's name only in case.
        var report = await Load(fixture, [Contact(), $$$"""{"subscription":{"contactId":"{{{ContactId}}}","\u0053KU":"S-1","LOCALE":"sv-SE","extern\u0061lId":"X"}}"""]);

        report.Errors.Should().BeEmpty();
        fixture.Emulator.Subscriptions.ListFor(ContactId).Should().ContainSingle().Which.Should().Match<Subscriptions.Subscription>(s => s.Sku == "S-1" && s.Locale == "sv-SE" && s.ExternalId == "X");
    }

    [Fact]
    public async Task An_escaped_name_that_only_looks_like_a_field_binds_nothing()
    {
        using var fixture = new EmulatorFixture("memory");

        // "sk\u00fc" is "skü", not "sku": the line has no sku.
        var report = await Load(fixture, [Contact(), $$$"""{"subscription":{"contactId":"{{{ContactId}}}","sk\u00fc":"S-1","locale":"sv-SE"}}"""]);

        report.Errors.Should().ContainSingle().Which.Errors.Should().ContainSingle().Which.Path.Should().Be("$.subscription.sku");
    }

    private static string Contact() => $$$"""{"contact":{"id":"{{{ContactId}}}","email":"ada@example.com"}}""";

    private static Task<ImportReport> Load(EmulatorFixture fixture, IReadOnlyList<string> lines) =>
        fixture.Emulator.Import.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
}
