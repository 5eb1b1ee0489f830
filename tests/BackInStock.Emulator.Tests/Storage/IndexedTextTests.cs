using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;
using BackInStock.Emulator.Tenancy;

namespace BackInStock.Emulator.Tests.Storage;

/// <summary>
/// The store never meets a string too long for its index key: values at the limits are stored, and a
/// longer one arriving by a path the contract does not check is refused by the emulator itself.
/// </summary>
public sealed class IndexedTextTests : IDisposable
{
    // Three bytes of UTF-8 for one UTF-16 character: the most a character can cost an index key.
    private const char Wide = '\u20AC';

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bis-indexed-" + Guid.NewGuid().ToString("N"));

    public IndexedTextTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void A_stock_level_and_a_feed_item_at_every_limit_in_wide_characters_are_stored(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var sku = new string(Wide, IndexedText.Sku);
        var locale = new string(Wide, IndexedText.Locale);
        fixture.Feed(locale, sku);

        fixture.Emulator.StockLevels.Update([new StockLevelItem(sku, 3, locale, new string(Wide, IndexedText.ExternalId))]);

        fixture.Emulator.StockLevels.Current(sku).Should().ContainSingle();
        fixture.Emulator.Catalog.Find(locale, sku).Should().NotBeNull();
    }

    [Fact]
    public void A_subscription_with_a_sku_too_long_to_index_is_a_validation_error()
    {
        using var fixture = new EmulatorFixture("memory");
        var contact = fixture.Contact("long@example.com");

        var subscribe = () => fixture.Emulator.Subscriptions.Create(new NewSubscription(contact.Id, new string('S', IndexedText.Sku + 1), "en-US", null));

        subscribe.Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$.sku");
    }

    [Fact]
    public void A_feed_with_a_sku_too_long_to_index_is_a_validation_error_naming_the_item()
    {
        using var fixture = new EmulatorFixture("memory");

        var replace = () => fixture.Feed("en-US", "fine", new string('S', IndexedText.Sku + 1));

        replace.Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$[1].sku");
    }

    [Fact]
    public void A_feed_file_with_an_id_too_long_to_index_stops_start_up_naming_the_file_and_the_item()
    {
        File.WriteAllText(Path.Combine(_folder, "en-US.json"), $$"""[{ "id": "fine", "title": "A" }, { "id": "{{new string('S', 2000)}}", "title": "B" }]""");

        var open = () => new EmulatorFixture("memory", options => options.FeedsPath = _folder);

        open.Should().Throw<FeedFormatException>().WithMessage("*en-US.json*item 2*200*");
    }

    [Fact]
    public void A_feed_file_named_with_a_locale_too_long_to_index_stops_start_up_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_folder, new string('x', 40) + ".json"), """[{ "id": "A", "title": "A" }]""");

        var open = () => new EmulatorFixture("memory", options => options.FeedsPath = _folder);

        open.Should().Throw<FeedFormatException>().WithMessage("*xxxx.json*35*");
    }

    [Fact]
    public void The_centra_relay_refuses_a_change_too_long_to_index_and_records_none_of_the_post()
    {
        var fixture = new EmulatorFixture("memory");
        using var tenants = new TenantDirectory([new Tenant(new TenantOptions { Id = "brand" }, fixture.Emulator)]);
        var relay = new CentraRelay(tenants, fixture.Clock, 10_000);
        relay.Configure([new CentraIntegration("Voyado", "token", "brand", [])]);

        var post = () => relay.Post([("1", "fine", 1, "4"), ("1", new string('S', 2000), 1, "4")]);

        post.Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$[1].sku");
        relay.Cursors().Single().PendingEvents.Should().Be(0);
        relay.Post([("1", "later", 1, "4")]).Deliveries.Single().BatchId.Should().NotBeNull("later changes still relay");
    }
}
