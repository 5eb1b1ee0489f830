using System.Text;

namespace BackInStock.Emulator.Catalog;

/// <summary>One record of delimited text, with the line it starts on.</summary>
internal sealed record DelimitedRecord(int Line, IReadOnlyList<string> Values);

/// <summary>
/// Splits RFC 4180 text into records: a value starting with a quote runs to the next lone quote and may hold
/// the delimiter, newlines and doubled quotes. A quote anywhere else is literal, as Google's TSV feeds write
/// inch marks (22" TV). Blank lines are skipped.
/// </summary>
internal static class DelimitedRecords
{
    public static List<DelimitedRecord> Parse(string text, char delimiter)
    {
        var records = new List<DelimitedRecord>();
        var values = new List<string>();
        var value = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoteLine = 0;
        var inQuotes = false;
        var afterQuotes = false;

        void EndValue()
        {
            values.Add(value.ToString());
            value.Clear();
            afterQuotes = false;
        }

        void EndRecord()
        {
            EndValue();
            if (values.Count > 1 || values[0].Length > 0)
            {
                records.Add(new DelimitedRecord(recordLine, values.ToList()));
            }

            values.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (inQuotes)
            {
                if (c == '"' && next == '"')
                {
                    value.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                    afterQuotes = true;
                }
                else
                {
                    line += IsLineEnd(c, next) ? 1 : 0;
                    value.Append(c);
                }
            }
            else if (c == delimiter)
            {
                EndValue();
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && next == '\n' ? 1 : 0;
                EndRecord();
                recordLine = ++line;
            }
            else if (afterQuotes)
            {
                throw new FeedFormatException(
                    $"line {line}: '{c}' follows a quoted value; after its closing quote comes {NameOf(delimiter)} or the end of the line (a quote inside a quoted value is written twice: \"\").");
            }
            else if (c == '"' && value.Length == 0)
            {
                inQuotes = true;
                quoteLine = line;
            }
            else
            {
                value.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new FeedFormatException($"line {quoteLine}: a quoted value is never closed.");
        }

        if (values.Count > 0 || value.Length > 0)
        {
            EndRecord();
        }

        return records;
    }

    public static string NameOf(char delimiter) => delimiter == '\t' ? "a tab" : $"'{delimiter}'";

    // "\r\n" is one line end, counted at its '\n'.
    private static bool IsLineEnd(char c, char next) => c == '\n' || (c == '\r' && next != '\n');
}
