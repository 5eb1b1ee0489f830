using BackInStock.Emulator.Catalog;

namespace BackInStock.Emulator.Tests.Catalog;

public sealed class FeedReaderTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("feeds-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("sv-SE.xml", FeedFormat.Xml)]
    [InlineData("/feeds/en-US.JSON", FeedFormat.Json)]
    [InlineData("pl-PL.csv", FeedFormat.Csv)]
    [InlineData("de-DE.tsv", FeedFormat.Csv)]
    public void A_feed_files_format_is_told_by_its_extension(string fileName, FeedFormat format)
    {
        FeedReader.FormatOf(fileName).Should().Be(format);
    }

    [Theory]
    [InlineData("sv-SE.txt")]
    [InlineData("sv-SE")]
    public void An_unknown_extension_is_an_error_naming_the_file(string fileName)
    {
        var act = () => FeedReader.FormatOf(fileName);

        act.Should().Throw<FeedFormatException>()
            .WithMessage($"{fileName}: a feed file's name must end in .xml*")
            .Which.FileName.Should().Be(fileName);
    }

    [Fact]
    public void A_feed_file_is_read_for_the_locale_its_name_gives()
    {
        var path = Write("sv-SE.xml", """
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
              <item><g:id>A-1</g:id><g:title>Skjorta</g:title></item>
            </channel></rss>
            """);

        var (locale, products) = FeedReader.ReadFile(path);

        locale.Should().Be("sv-SE");
        products.Should().ContainSingle().Which.Sku.Should().Be("A-1");
    }

    [Fact]
    public void An_error_in_a_feed_file_names_the_file()
    {
        var path = Write("pl-PL.json", """[ { "title": "Koszulka" } ]""");

        var act = () => FeedReader.ReadFile(path);

        act.Should().Throw<FeedFormatException>()
            .WithMessage("pl-PL.json: item 1 has no id*")
            .Which.FileName.Should().Be("pl-PL.json");
    }

    [Fact]
    public void A_repeated_sku_is_an_error_naming_both_places()
    {
        FeedText.Reading("id,title\nA-1,Shirt\nA-2,Sweater\nA-1,Coat\n", FeedFormat.Csv).Should().Throw<FeedFormatException>()
            .WithMessage("line 4 repeats SKU \"A-1\" of line 2.");
    }

    [Fact]
    public void Skus_are_compared_exactly_so_case_variants_are_different_products()
    {
        FeedText.Read("id\nA-1\na-1\n", FeedFormat.Csv).Select(p => p.Sku).Should().Equal("A-1", "a-1");
    }

    private string Write(string fileName, string content)
    {
        var path = Path.Combine(_directory.FullName, fileName);
        File.WriteAllText(path, content);
        return path;
    }
}
