namespace BackInStock.Emulator.Tests.Catalog;

public sealed class FeedFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bis-feeds-" + Guid.NewGuid().ToString("N"));

    public FeedFolderTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Feed_files_in_the_configured_folder_are_loaded_at_start_up_by_locale()
    {
        File.WriteAllText(Path.Combine(_folder, "sv-SE.xml"), """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
              <item><g:id>SKU-1</g:id><title>Tröja</title><g:price>299.00 SEK</g:price><link>https://shop.example.com/sv/sku-1</link></item>
            </channel></rss>
            """);
        File.WriteAllText(Path.Combine(_folder, "en-US.json"), """[{ "sku": "SKU-1", "title": "Sweater", "price": 29.99, "currency": "USD" }]""");
        File.WriteAllText(Path.Combine(_folder, "pl-PL.csv"), "id,title,price\nSKU-1,Sweter,119.00 PLN\n");
        File.WriteAllText(Path.Combine(_folder, "README.txt"), "not a feed");

        using var fixture = new EmulatorFixture("memory", options => options.FeedsPath = _folder);

        fixture.Emulator.Catalog.Feeds().Select(f => (f.Locale, f.Source, f.ProductCount)).Should().BeEquivalentTo(new[]
        {
            ("en-US", "en-US.json", 1), ("pl-PL", "pl-PL.csv", 1), ("sv-SE", "sv-SE.xml", 1),
        });
        fixture.Emulator.Catalog.Find("sv-se", "SKU-1")!.Title.Should().Be("Tröja");
        fixture.Emulator.Catalog.Find("pl-PL", "SKU-1")!.Price.Should().Be(119.00m);
    }

    [Fact]
    public void A_broken_feed_file_stops_start_up_with_an_error_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_folder, "de-DE.json"), """[{ "title": "no id" }]""");

        var open = () => new EmulatorFixture("memory", options => options.FeedsPath = _folder);

        open.Should().Throw<BackInStock.Emulator.Catalog.FeedFormatException>().WithMessage("*de-DE.json*");
    }

    [Fact]
    public void The_demo_catalog_is_generated_once_and_kept_across_restarts()
    {
        using var fixture = new EmulatorFixture("file", options => options.DemoCatalog = true);
        var first = fixture.Emulator.Catalog.Feeds();
        var skus = fixture.Emulator.Catalog.Products("en-US", 0, 5).Select(p => p.Sku).ToList();

        fixture.Clock.Advance(TimeSpan.FromHours(1));
        fixture.Reopen();

        fixture.Emulator.Catalog.Feeds().Should().BeEquivalentTo(first, "a restart does not regenerate the feeds");
        fixture.Emulator.Catalog.Products("en-US", 0, 5).Select(p => p.Sku).Should().Equal(skus);
        first.Select(f => f.Locale).Should().BeEquivalentTo("sv-SE", "en-US", "pl-PL", "de-DE");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
