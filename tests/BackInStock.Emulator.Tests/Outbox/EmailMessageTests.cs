using System.Globalization;
using System.Text;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Outbox;

namespace BackInStock.Emulator.Tests.Outbox;

/// <summary>An outbox email as the RFC 5322 message a mail server would have carried.</summary>
public sealed class EmailMessageTests
{
    private static Email Email(string subject = "Trail shoe is back", string html = "<p>Hej <b>Ada</b> = 100%</p>", string? text = null) => new(
        Guid.Parse("0192f0c4-1111-7000-8000-000000000001"), new DateTimeOffset(2026, 11, 23, 9, 30, 5, TimeSpan.FromHours(1)), Guid.NewGuid(), "back-in-stock",
        Guid.NewGuid(), Guid.NewGuid(), "ada@example.com", subject, html, "SKU-1", "sv-SE", null, 3,
        new Product("SKU-1", "Trail shoe", 10m, "SEK", null, null, "in_stock", new Dictionary<string, string>()), text);

    [Fact]
    public void The_headers_are_those_of_a_MIME_message_in_order()
    {
        var headers = EmailMessage.Headers(Email());

        headers.Select(h => h.Key).Should().Equal("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type");
        headers.Should().Contain(new KeyValuePair<string, string>("Date", "Mon, 23 Nov 2026 08:30:05 +0000"))
            .And.Contain(new KeyValuePair<string, string>("From", EmailMessage.From))
            .And.Contain(new KeyValuePair<string, string>("To", "ada@example.com"))
            .And.Contain(new KeyValuePair<string, string>("Subject", "Trail shoe is back"))
            .And.Contain(new KeyValuePair<string, string>("Message-ID", "<0192f0c4111170008000000000000001@backinstock.invalid>"))
            .And.Contain(new KeyValuePair<string, string>("MIME-Version", "1.0"))
            .And.Contain(new KeyValuePair<string, string>("Content-Type", "multipart/alternative; boundary=\"=_bis_0192f0c4111170008000000000000001\""));
    }

    [Fact]
    public void The_source_holds_the_text_part_then_the_html_part_and_decodes_to_the_email()
    {
        var email = Email(text: "Hej Ada = 100%\nSecond line ");

        var source = EmailMessage.Source(email);

        var (headers, parts) = Parse(source);
        headers.Should().StartWith("Date: Mon, 23 Nov 2026 08:30:05 +0000\r\nFrom: ");
        parts.Should().HaveCount(2);
        parts[0].Type.Should().Be("text/plain; charset=utf-8");
        parts[0].Body.Should().Be("Hej Ada = 100%\r\nSecond line ");
        parts[1].Type.Should().Be("text/html; charset=utf-8");
        parts[1].Body.Should().Be(email.Html);
        source.Split("\r\n").Should().OnlyContain(line => line.Length <= 76 && !line.Contains('\n') && !line.Contains('\r'));
    }

    [Fact]
    public void Without_a_text_part_stored_the_text_is_made_from_the_html()
    {
        var (_, parts) = Parse(EmailMessage.Source(Email()));

        parts[0].Body.Should().Be("Hej Ada = 100%\r\n");
    }

    [Fact]
    public void Long_and_non_ascii_lines_are_encoded_within_76_characters_and_decode_back()
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat("Ärlig tröja för 100 kr – ", 20)) + "</p>";

        var source = EmailMessage.Source(Email(html: html));

        source.Split("\r\n").Should().OnlyContain(line => line.Length <= 76);
        Parse(source).Parts[1].Body.Should().Be(html);
    }

    [Fact]
    public void A_non_ascii_subject_travels_as_encoded_words()
    {
        var subject = "Tröja jest znowu dostępny – " + new string('ł', 60);

        var source = EmailMessage.Source(Email(subject: subject));

        var folded = source[source.IndexOf("Subject: ", StringComparison.Ordinal)..source.IndexOf("\r\nMessage-ID", StringComparison.Ordinal)];
        folded.Split("\r\n").Should().HaveCountGreaterThan(1).And.OnlyContain(line => line.Length <= 76);
        DecodeWords(folded["Subject: ".Length..]).Should().Be(subject);
    }

    [Fact]
    public void A_line_break_in_a_subject_cannot_start_a_header_of_its_own()
    {
        var source = EmailMessage.Source(Email(subject: "Sale\r\nBcc: victim@example.com"));

        source.Should().NotContain("\r\nBcc:");
        EmailMessage.Headers(Email(subject: "Sale\r\nBcc: x@example.com")).Single(h => h.Key == "Subject").Value.Should().Be("Sale Bcc: x@example.com");
    }

    [Fact]
    public void The_same_email_always_gives_the_same_source()
    {
        var email = Email();

        EmailMessage.Source(email).Should().Be(EmailMessage.Source(email));
    }

    [Theory]
    [InlineData("a=b", "a=3Db")]
    [InlineData("trailing ", "trailing=20")]
    [InlineData("tab\tinside", "tab\tinside")]
    [InlineData("å", "=C3=A5")]
    [InlineData("line\nnext", "line\r\nnext")]
    public void Quoted_printable_escapes_what_would_not_survive_transit(string text, string encoded)
    {
        EmailMessage.QuotedPrintable(text).Should().Be(encoded);
    }

    [Fact]
    public void Quoted_printable_breaks_long_lines_softly_without_splitting_an_escape()
    {
        var encoded = EmailMessage.QuotedPrintable(new string('x', 74) + "é" + new string('y', 80));

        var lines = encoded.Split("\r\n");
        lines.Should().OnlyContain(line => line.Length <= 76);
        lines[0].Should().Be(new string('x', 74) + "=");
        lines[1].Should().StartWith("=C3=A9y");
        DecodeQuotedPrintable(encoded).Should().Be(new string('x', 74) + "é" + new string('y', 80));
    }

    private static (string Headers, List<(string Type, string Body)> Parts) Parse(string source)
    {
        var split = source.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = source[..split];
        var boundary = headers.Split("boundary=\"")[1].Split('"')[0];
        var parts = source[(split + 4)..].Split("--" + boundary)
            .Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal))
            .Select(p =>
            {
                var body = p.TrimStart('\r', '\n');
                var end = body.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                var partHeaders = body[..end].Split("\r\n");
                partHeaders.Should().Contain("Content-Transfer-Encoding: quoted-printable");
                var type = partHeaders.Single(h => h.StartsWith("Content-Type: ", StringComparison.Ordinal))["Content-Type: ".Length..];
                return (type, DecodeQuotedPrintable(body[(end + 4)..^2]));
            })
            .ToList();
        return (headers, parts);
    }

    private static string DecodeQuotedPrintable(string encoded)
    {
        var bytes = new List<byte>();
        var text = encoded.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string DecodeWords(string folded) => string.Concat(folded.Split("\r\n ").Select(word =>
    {
        word.Should().StartWith("=?utf-8?B?").And.EndWith("?=");
        return Encoding.UTF8.GetString(Convert.FromBase64String(word["=?utf-8?B?".Length..^2]));
    }));
}
