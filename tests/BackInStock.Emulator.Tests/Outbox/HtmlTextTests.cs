using System.Diagnostics;
using BackInStock.Emulator.Outbox;

namespace BackInStock.Emulator.Tests.Outbox;

/// <summary>The text part made from an email's HTML reads as a mail client shows a text email.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Block_elements_end_lines_and_paragraphs_leave_one_blank_line()
    {
        HtmlText.From("<h1>Good news</h1><p>It is back.</p><div>Row one</div><div>Row two</div><p>End</p>")
            .Should().Be("Good news\n\nIt is back.\n\nRow one\nRow two\n\nEnd\n");
    }

    [Fact]
    public void A_link_reads_as_its_text_then_its_address()
    {
        HtmlText.From("<p>Get it: <a href=\"https://shop.example.com/p/1?a=1&amp;b=2\">Shop now</a>!</p>")
            .Should().Be("Get it: Shop now (https://shop.example.com/p/1?a=1&b=2)!\n");
    }

    [Fact]
    public void A_link_whose_text_is_its_address_is_written_once()
    {
        HtmlText.From("<a href='https://example.com/'>https://example.com/</a>").Should().Be("https://example.com/\n");
    }

    [Fact]
    public void A_link_without_text_reads_as_its_address()
    {
        HtmlText.From("<p>See <a href=https://example.com/x><img src=x.png></a></p>").Should().Be("See https://example.com/x\n");
    }

    [Fact]
    public void A_mail_link_reads_as_the_address_alone()
    {
        HtmlText.From("<a href=\"mailto:help@example.com\">Write to us</a>").Should().Be("Write to us (help@example.com)\n");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("/relative/path")]
    public void A_link_a_reader_cannot_follow_shows_its_text_only(string href)
    {
        HtmlText.From($"<a href=\"{href}\">Click</a>").Should().Be("Click\n");
    }

    [Fact]
    public void Entities_are_decoded()
    {
        HtmlText.From("<p>Fish &amp; chips &lt;3 &quot;now&quot; &#229;&#xE4; caf&eacute;&nbsp;bar</p>")
            .Should().Be("Fish & chips <3 \"now\" åä café bar\n");
    }

    [Fact]
    public void Script_style_head_and_comments_are_left_out()
    {
        HtmlText.From("<html><head><title>T</title><style>p{color:red}</style></head><body><!-- note --><script>if (a < b) x();</script><p>Visible</p></body></html>")
            .Should().Be("Visible\n");
    }

    [Fact]
    public void White_space_collapses_as_in_a_browser_but_not_in_pre()
    {
        HtmlText.From("<p>  many\n\n   spaces\there </p><pre>kept  as\n  is</pre>")
            .Should().Be("many spaces here\n\nkept  as\n  is\n");
    }

    [Fact]
    public void List_items_start_with_a_dash_and_line_breaks_are_kept()
    {
        HtmlText.From("<ul><li>One</li><li>Two</li></ul><p>a<br>b<br/><br>c</p>")
            .Should().Be("- One\n- Two\n\na\nb\n\nc\n");
    }

    [Fact]
    public void Table_cells_are_separated_and_rows_end_lines()
    {
        HtmlText.From("<table><tr><td>Size</td><td>M</td></tr><tr><td>Price</td><td>10</td></tr></table>")
            .Should().Be("Size M\nPrice 10\n");
    }

    [Fact]
    public void A_stray_angle_bracket_is_text()
    {
        HtmlText.From("<p>1 < 2</p> and 3 <").Should().Be("1 < 2\n\nand 3 <\n");
    }

    [Fact]
    public void An_unclosed_comment_or_hidden_element_hides_the_rest()
    {
        HtmlText.From("<p>Shown</p><!-- never closed <p>hidden</p>").Should().Be("Shown\n");
        HtmlText.From("<p>Shown</p><script>hidden").Should().Be("Shown\n");
    }

    [Fact]
    public void Nothing_but_markup_gives_an_empty_text()
    {
        HtmlText.From("<div><img src=x.png></div>").Should().BeEmpty();
    }

    [Fact]
    public void Hostile_markup_takes_time_in_proportion_to_its_length()
    {
        var hostile = string.Concat(Enumerable.Repeat("<a href='https://e.com/'>x", 20_000)) + string.Concat(Enumerable.Repeat("</a>", 20_000))
            + string.Concat(Enumerable.Repeat("<a href='", 20_000)) + string.Concat(Enumerable.Repeat("<<!--<p", 20_000));
        var watch = Stopwatch.StartNew();

        HtmlText.From(hostile);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }
}
