using System.Text;

namespace BackInStock.Emulator.Catalog;

/// <summary>
/// A CSV feed (RFC 4180) whose header names the columns with the JSON feed's names; or a tab-separated one,
/// as Google's TSV feeds are, told apart by a header holding a tab and no comma.
/// </summary>
internal static class DelimitedProductFeed
{
    public static List<FeedItem> Read(Stream content)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = reader.ReadToEnd();
        var records = DelimitedRecords.Parse(text, DelimiterOf(text));
        if (records.Count == 0)
        {
            throw new FeedFormatException("The feed is empty; its first line is a header naming the columns (id, title, price, ...).");
        }

        var header = Header(records[0]);
        return records.Skip(1).Select(record => ToItem(header, record)).ToList();
    }

    private static char DelimiterOf(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var firstLine = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        return firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
    }

    private static List<string> Header(DelimitedRecord record)
    {
        var names = record.Values.Select(name => name.Trim()).ToList();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var column = 0; column < names.Count; column++)
        {
            if (names[column].Length == 0)
            {
                throw new FeedFormatException($"line {record.Line}: column {column + 1} of the header has no name.");
            }

            if (!seen.Add(names[column]))
            {
                throw new FeedFormatException($"line {record.Line}: the header names column \"{names[column]}\" twice.");
            }
        }

        return names;
    }

    private static FeedItem ToItem(List<string> header, DelimitedRecord record)
    {
        var fields = new ProductFields($"line {record.Line}");
        if (record.Values.Count != header.Count)
        {
            throw new FeedFormatException($"{fields.Where} has {record.Values.Count} values but the header names {header.Count} columns.");
        }

        for (var column = 0; column < header.Count; column++)
        {
            fields.Add(header[column], record.Values[column]);
        }

        return fields.ToItem();
    }
}
