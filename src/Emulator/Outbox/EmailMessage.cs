using System.Globalization;
using System.Text;

namespace BackInStock.Emulator.Outbox;

/// <summary>
/// An outbox email as the message a mail server would have carried (RFC 5322 with MIME): a
/// multipart/alternative of the text part, then the HTML part (the last is the one clients prefer), both
/// UTF-8 in quoted-printable, so the source stays readable. Header values holding anything but printable
/// ASCII are RFC 2047 encoded words, so no value (a product title from a feed) can start a header of its own.
/// The same email always makes the same message: the Message-ID and boundary come from its id.
/// </summary>
public static class EmailMessage
{
    /// <summary>The sender of every email: the emulator sends nothing, and .invalid (RFC 2606) can never be delivered to.</summary>
    public const string From = "BackInStock emulator <no-reply@backinstock.invalid>";

    private const int LineLength = 76;

    // Short enough that "Subject: " and a word stay within a line of 76.
    private const int MaxWord = 64;

    /// <summary>The message's headers in order, values as a mail client shows them (decoded); the parts' own headers are in <see cref="Source"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Headers(Email email) =>
    [
        new("Date", email.SentAt.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)),
        new("From", From),
        new("To", OneLine(email.To)),
        new("Subject", OneLine(email.Subject)),
        new("Message-ID", $"<{email.Id:N}@backinstock.invalid>"),
        new("MIME-Version", "1.0"),
        new("Content-Type", $"multipart/alternative; boundary=\"{Boundary(email)}\""),
    ];

    /// <summary>The whole message, lines ending in CRLF.</summary>
    public static string Source(Email email)
    {
        var source = new StringBuilder();
        foreach (var (name, value) in Headers(email))
        {
            // An address is not encoded (RFC 2047 forbids it there); a Unicode one is sent as UTF-8 (RFC 6532).
            var carried = name switch
            {
                "Subject" => Encoded(value),
                "Content-Type" => value.Replace("; ", ";\r\n ", StringComparison.Ordinal), // folded: the boundary makes it long
                _ => value,
            };
            source.Append(name).Append(": ").Append(carried).Append("\r\n");
        }

        var boundary = Boundary(email);
        source.Append("\r\n");
        Part(source, boundary, "text/plain", email.PlainText);
        Part(source, boundary, "text/html", email.Html);
        source.Append("--").Append(boundary).Append("--\r\n");
        return source.ToString();
    }

    // Quoted-printable writes every '=' as =3D, so "=_" never occurs in an encoded part and the boundary cannot either.
    private static string Boundary(Email email) => $"=_bis_{email.Id:N}";

    private static void Part(StringBuilder source, string boundary, string type, string body)
    {
        source.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: ").Append(type).Append("; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: quoted-printable\r\n\r\n")
            .Append(QuotedPrintable(body)).Append("\r\n");
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");

    /// <summary>The value as is when it is printable ASCII; otherwise RFC 2047 "B" encoded words, one per folded line.</summary>
    internal static string Encoded(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            return value;
        }

        // Whole characters per word: an encoded word must not split a UTF-8 sequence (RFC 2047, 5).
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            var next = chunk.ToString() + rune;
            if (chunk.Length > 0 && Word(next).Length > MaxWord)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        words.Add(Word(chunk.ToString()));
        return string.Join("\r\n ", words);
    }

    private static string Word(string text) => "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";

    /// <summary>RFC 2045 quoted-printable of the UTF-8 text; its line breaks become CRLF, long lines end in soft breaks.</summary>
    internal static string QuotedPrintable(string text)
    {
        var encoded = new StringBuilder(text.Length + (text.Length / 8));
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = new StringBuilder();
            var bytes = Encoding.UTF8.GetBytes(lines[l]);
            for (var b = 0; b < bytes.Length; b++)
            {
                var value = bytes[b];
                var last = b == bytes.Length - 1;
                var token = value switch
                {
                    // Trailing white space would be stripped in transit, so it is encoded at a line's end.
                    (byte)' ' or (byte)'\t' when !last => ((char)value).ToString(),
                    >= 33 and <= 126 and not (byte)'=' => ((char)value).ToString(),
                    _ => "=" + value.ToString("X2", CultureInfo.InvariantCulture),
                };

                // A soft break ("=") leaves the line at 76 characters at most.
                if (line.Length + token.Length > LineLength - 1)
                {
                    encoded.Append(line).Append("=\r\n");
                    line.Clear();
                }

                line.Append(token);
            }

            encoded.Append(line);
            if (l < lines.Length - 1)
            {
                encoded.Append("\r\n");
            }
        }

        return encoded.ToString();
    }
}
