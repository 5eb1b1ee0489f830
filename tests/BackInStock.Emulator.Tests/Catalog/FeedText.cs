using System.Text;
using BackInStock.Emulator.Catalog;

namespace BackInStock.Emulator.Tests.Catalog;

/// <summary>Reads a feed written as a literal in a test.</summary>
internal static class FeedText
{
    public static IReadOnlyList<Product> Read(string text, FeedFormat format)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return FeedReader.Read(content, format);
    }

    public static Func<IReadOnlyList<Product>> Reading(string text, FeedFormat format) => () => Read(text, format);
}
