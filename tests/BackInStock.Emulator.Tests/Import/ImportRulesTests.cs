using System.Text;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Import;
using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Import;

/// <summary>The import's rules without HTTP: the same as the API's for each record, across chunks, on both stores.</summary>
public sealed class ImportRulesTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public async Task A_repeated_subscription_is_refused_even_when_its_first_line_went_to_the_store_in_an_earlier_chunk(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var contact = Guid.NewGuid();
        var lines = new List<string> { Contact(contact, "many@example.com") };
        lines.AddRange(Enumerable.Range(0, ImportService.ChunkSize + 5_000).Select(i => Subscription(contact, $"SKU-{i}", "sv-SE")));
        lines.Add(Subscription(contact, "SKU-3", "SV-SE"));

        var report = await Load(fixture, lines);

        report.Errors.Should().ContainSingle().Which.Line.Should().Be(lines.Count);
        report.Errors[0].Errors.Should().ContainSingle().Which.Message.Should().StartWith("repeats line 5:");
        report.Imported.Should().Be(new ImportCounts(1, ImportService.ChunkSize + 5_000, 0, 0));
        fixture.Emulator.Subscriptions.ListFor(contact).Should().HaveCount(ImportService.ChunkSize + 5_000);
    }

    [Fact]
    public async Task A_subscription_stored_before_the_import_is_not_stored_again()
    {
        using var fixture = new EmulatorFixture("memory");
        var contact = fixture.Contact("old@example.com");
        var kept = fixture.Subscribe(contact, "SKU-1", "sv-SE", "SE");

        var report = await Load(fixture, [Subscription(contact.Id, "SKU-1", "sv-se", "SE"), Subscription(contact.Id, "SKU-1", "sv-se")]);

        report.Errors.Should().ContainSingle().Which.Errors.Single().Message.Should().Contain($"already stored as subscription {kept.Id}");
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Select(s => s.ExternalId).Should().Equal("SE", null);
    }

    [Fact]
    public async Task A_subscription_names_its_contact_by_id_or_by_email_stored_or_on_an_earlier_line_never_a_later_one()
    {
        using var fixture = new EmulatorFixture("memory");
        var stored = fixture.Contact("stored@example.com");
        var later = Guid.NewGuid();

        var report = await Load(fixture, [
            Subscription(later, "SKU-1", "sv-SE"),
            Contact(later, "later@example.com"),
            """{"subscription":{"email":"STORED@example.com","sku":"SKU-2","locale":"sv-SE"}}""",
            """{"subscription":{"email":"later@example.com","sku":"SKU-3","locale":"sv-SE"}}""",
            """{"subscription":{"email":"nobody@example.com","sku":"SKU-4","locale":"sv-SE"}}""",
            """{"subscription":{"sku":"SKU-5","locale":"sv-SE"}}""",
        ]);

        report.Errors.Select(e => (e.Line, e.Errors.Single().Path)).Should().Equal(
            (1, "$.subscription.contactId"), (5, "$.subscription.email"), (6, "$.subscription.contactId"));
        fixture.Emulator.Subscriptions.ListFor(stored.Id).Select(s => s.Sku).Should().Equal("SKU-2");
        fixture.Emulator.Subscriptions.ListFor(later).Select(s => s.Sku).Should().Equal("SKU-3");
    }

    [Fact]
    public async Task A_contact_follows_the_create_rules_its_key_is_new_and_its_id_too()
    {
        using var fixture = new EmulatorFixture("memory");
        var stored = fixture.Contact("taken@example.com");
        var id = Guid.NewGuid();

        var report = await Load(fixture, [
            Contact(id, "New@Example.com"),
            Contact(Guid.NewGuid(), "new@example.com"),
            Contact(Guid.NewGuid(), "TAKEN@example.com"),
            Contact(id, "other@example.com"),
            Contact(stored.Id, "third@example.com"),
            """{"contact":{"email":"phone@example.com","mobilePhone":"12"}}""",
            """{"contact":{"email":"type@example.com","contactType":"Robot"}}""",
            """{"contact":{"firstName":"No key"}}""",
        ]);

        report.Errors.Select(e => (e.Line, e.Errors.Single().Path)).Should().Equal(
            (2, "$.contact.email"), (3, "$.contact.email"), (4, "$.contact.id"), (5, "$.contact.id"), (6, "$.contact.mobilePhone"), (7, "$.contact"), (8, "$.contact.email"));
        report.Errors[0].Errors.Single().Message.Should().Contain("repeats line 1");
        fixture.Emulator.Contacts.Get(id).Email.Should().Be("New@Example.com");
        fixture.Emulator.Contacts.Count().Should().Be(2);
    }

    [Fact]
    public async Task A_stock_level_is_stored_as_the_current_level_the_last_line_of_a_key_winning_and_nothing_triggers()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Feed("sv-SE", "SKU-1");
        var contact = fixture.Contact("waits@example.com");
        fixture.Subscribe(contact, "SKU-1", "sv-SE");

        var report = await Load(fixture, [StockLevel("SKU-1", 0, "sv-SE"), StockLevel("SKU-1", 7, "SV-SE"), StockLevel("SKU-1", 2, null)]);

        report.Imported.StockLevels.Should().Be(3);
        fixture.Emulator.StockLevels.Current("SKU-1").Select(l => (l.Locale, l.Quantity, l.BatchId)).Should().BeEquivalentTo([("SV-SE", 7, Guid.Empty), ((string?)null, 2, Guid.Empty)]);
        fixture.Emulator.Outbox.List(new(Limit: 100)).Should().BeEmpty();
        fixture.Emulator.IntegrationLog.List(new(Limit: 100)).Should().BeEmpty();
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle();
    }

    [Fact]
    public async Task A_receipt_matches_one_contact_stored_or_on_an_earlier_line_and_its_id_must_be_new()
    {
        using var fixture = new EmulatorFixture("memory");
        var stored = fixture.Contact("buyer@example.com");
        var mobile = Guid.NewGuid();

        var report = await Load(fixture, [
            $$$"""{"contact":{"id":"{{{mobile}}}","email":"mobile@example.com","mobilePhone":"+46 70 123 45 67"}}""",
            Receipt("R-1", "buyer@example.com", "email"),
            Receipt("R-2", "+46701234567", "mobilePhone"),
            Receipt("R-1", "buyer@example.com", "email"),
            Receipt("R-3", "nobody@example.com", "email"),
            Receipt("R-4", stored.Id.ToString(), "contactId"),
        ]);

        report.Errors.Select(e => (e.Line, e.Errors.Single().Path)).Should().Equal((4, "$.receipt.uniqueReceiptId"), (5, "$.receipt.contact.matchKey"));
        fixture.Emulator.Receipts.Of(stored.Id).Select(r => r.UniqueReceiptId).Should().BeEquivalentTo(["R-1", "R-4"]);
        fixture.Emulator.Receipts.Of(mobile).Select(r => r.UniqueReceiptId).Should().Equal("R-2");
    }

    [Theory]
    [InlineData("{\"subscription\":", "$")]
    [InlineData("[1]", "$")]
    [InlineData("{}", "$")]
    [InlineData("{\"subscription\":null}", "$.subscription")]
    [InlineData("{\"Subscription\":{\"email\":\"x@example.com\",\"sku\":7,\"locale\":\"sv-SE\"}}", "$.Subscription.sku")]
    [InlineData("{\"stockLevel\":{\"sku\":\"S\",\"quantity\":3000000000}}", "$.stockLevel.quantity")]
    [InlineData("{\"stockLevel\":{\"quantity\":3}}", "$.stockLevel.sku")]
    [InlineData("{\"subscription\":{\"email\":\"x@example.com\",\"sku\":\"\\uD800\",\"locale\":\"sv-SE\"}}", "$")]
    public async Task What_the_emulator_cannot_read_is_refused_by_path_without_a_contract_check(string line, string path)
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Contact("x@example.com");

        var report = await Load(fixture, [line]);

        report.Errors.Should().ContainSingle().Which.Errors.Select(e => e.Path).Should().Contain(path);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_and_a_line_over_the_limit_are_refused_and_the_next_line_still_loads()
    {
        using var fixture = new EmulatorFixture("memory");
        var body = new MemoryStream();
        body.Write([0xFF, 0xFE, (byte)'\n']);
        body.Write(Encoding.UTF8.GetBytes("{\"contact\":{\"email\":\"" + new string('a', ImportService.MaxLineBytes) + "@example.com\"}}\n"));
        body.Write(Encoding.UTF8.GetBytes("{\"contact\":{\"email\":\"after@example.com\"}}"));
        body.Position = 0;

        var report = await fixture.Emulator.Import.LoadAsync(body);

        report.Errors.Select(e => e.Line).Should().Equal(1, 2);
        report.Errors[1].Errors.Single().Message.Should().Contain("longer than");
        report.Imported.Contacts.Should().Be(1);
    }

    [Fact]
    public async Task The_report_lists_the_first_hundred_refused_lines_and_counts_them_all()
    {
        using var fixture = new EmulatorFixture("memory");

        var report = await Load(fixture, Enumerable.Repeat("{}", 150).ToList());

        report.Refused.Should().Be(150);
        report.Errors.Should().HaveCount(ImportService.MaxReportedLines);
        report.Truncated.Should().BeTrue();
    }

    [Fact]
    public async Task A_reset_while_the_import_runs_stops_it_rather_than_store_subscriptions_of_contacts_it_removed()
    {
        using var fixture = new EmulatorFixture("memory");
        var contact = Guid.NewGuid();
        var lines = new List<string> { Contact(contact, "reset@example.com") };
        lines.AddRange(Enumerable.Range(0, 3 * ImportService.ChunkSize).Select(i => Subscription(contact, $"SKU-{i}", "sv-SE")));
        var body = new ResettingStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)), resetAfter: 2 * 1024 * 1024, fixture.Emulator.Reset);

        var import = () => fixture.Emulator.Import.LoadAsync(body);

        (await import.Should().ThrowAsync<EmulatorException>()).Which.Error.Should().Be(ErrorCatalogue.ImportInterrupted);
        fixture.Emulator.Subscriptions.Overview(0, 10).Total.Should().BeLessThan(ImportService.ChunkSize * 2, "nothing is stored after the reset");
    }

    private static Task<ImportReport> Load(EmulatorFixture fixture, IReadOnlyList<string> lines) =>
        fixture.Emulator.Import.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    private static string Contact(Guid id, string email) => $$$"""{"contact":{"id":"{{{id}}}","email":"{{{email}}}"}}""";

    private static string Subscription(Guid contact, string sku, string locale, string? externalId = null) =>
        externalId is null
            ? $$$"""{"subscription":{"contactId":"{{{contact}}}","sku":"{{{sku}}}","locale":"{{{locale}}}"}}"""
            : $$$"""{"subscription":{"contactId":"{{{contact}}}","sku":"{{{sku}}}","locale":"{{{locale}}}","externalId":"{{{externalId}}}"}}""";

    private static string StockLevel(string sku, int quantity, string? locale) =>
        locale is null ? $$$"""{"stockLevel":{"sku":"{{{sku}}}","quantity":{{{quantity}}}}}""" : $$$"""{"stockLevel":{"sku":"{{{sku}}}","quantity":{{{quantity}}},"locale":"{{{locale}}}"}}""";

    private static string Receipt(string id, string matchKey, string matchKeyType) =>
        $$$"""{"receipt":{"contact":{"matchKey":"{{{matchKey}}}","matchKeyType":"{{{matchKeyType}}}"},"uniqueReceiptId":"{{{id}}}","createdDate":"2026-11-01T10:00:00+01:00","items":[{"type":"PURCHASE","sku":"SKU-1","quantity":1}]}}""";

    /// <summary>A body that resets the tenant once this many bytes were read, as a test would between two requests.</summary>
    private sealed class ResettingStream(byte[] bytes, int resetAfter, Action reset) : MemoryStream(bytes)
    {
        private bool _reset;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_reset && Position >= resetAfter)
            {
                _reset = true;
                reset();
            }

            return await base.ReadAsync(buffer, cancellationToken);
        }
    }
}
