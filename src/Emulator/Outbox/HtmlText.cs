using System.Net;
using System.Text;

namespace BackInStock.Emulator.Outbox;

/// <summary>
/// The plain-text part of an email made from its HTML, as mail clients show it when they show no HTML:
/// block elements end lines, list items start with "- ", a link reads as "text (url)" (its http, https or
/// mailto address only), entities are decoded, and images, script, style, head and comments are left out. One pass over the text, no regular expression: its time grows with the length
/// only, whatever the markup, so a hostile template cannot make it slow.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr", "dl",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "tr", "li", "section", "article", "header", "footer", "main", "nav", "aside", "address",
        "figure", "figcaption", "dt", "dd", "center", "form", "fieldset", "title",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "template", "noscript" };

    public static string From(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new Writer();
        var pre = 0;
        var links = new Stack<string?>();
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            var end = open < 0 ? html.Length : open;
            if (end > i)
            {
                text.Text(WebUtility.HtmlDecode(html[i..end]), pre > 0);
            }

            if (open < 0)
            {
                break;
            }

            // A '<' that cannot open a tag ("1 < 2") is text, as in a browser.
            if (open + 1 < html.Length && !char.IsAsciiLetter(html[open + 1]) && html[open + 1] is not ('/' or '!' or '?'))
            {
                text.Text("<", pre > 0);
                i = open + 1;
                continue;
            }

            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var tagEnd = html.IndexOf('>', open + 1);
            if (tagEnd < 0)
            {
                text.Text(WebUtility.HtmlDecode(html[open..]), pre > 0);
                break;
            }

            var tag = Tag.Parse(html.AsSpan(open + 1, tagEnd - open - 1));
            i = tagEnd + 1;
            if (tag is null)
            {
                continue;
            }

            // Hidden content is skipped to its end tag unread: a script's "a < b" is no tag.
            if (Hidden.Contains(tag.Name) && !tag.Closing && !tag.SelfClosing)
            {
                var close = html.IndexOf("</" + tag.Name, i, StringComparison.OrdinalIgnoreCase);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                i = closeEnd < 0 ? html.Length : closeEnd + 1;
                continue;
            }

            Apply(tag, text, links, ref pre);
        }

        return text.ToString();
    }

    private static void Apply(Tag tag, Writer text, Stack<string?> links, ref int pre)
    {
        var name = tag.Name.ToLowerInvariant();
        if (name == "pre")
        {
            pre = Math.Max(0, pre + (tag.Closing ? -1 : 1));
        }

        if (name == "a")
        {
            if (!tag.Closing)
            {
                links.Push(Link(tag.Attribute("href")));
                text.MarkLinkStart();
            }
            else if (links.Count > 0 && links.Pop() is { } href)
            {
                text.EndLink(href);
            }

            return;
        }

        if (name == "br")
        {
            text.HardBreak();
            return;
        }

        if (name == "li" && !tag.Closing)
        {
            text.Line();
            text.Bullet();
            return;
        }

        if (name is "td" or "th" && tag.Closing)
        {
            text.Text(" ", preformatted: false);
            return;
        }

        if (Paragraphs.Contains(name))
        {
            text.Paragraph();
        }
        else if (Lines.Contains(name))
        {
            text.Line();
        }
    }

    // Only addresses a reader can follow are written out, as the renderer only lets those into a template.
    private static string? Link(string? href) => SafeUrl.OrNull(href) is { } url
        ? url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..] : url
        : null;

    private sealed record Tag(string Name, bool Closing, bool SelfClosing, IReadOnlyDictionary<string, string> Attributes)
    {
        public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

        /// <summary>The tag between '&lt;' and '&gt;', or null for a declaration, a processing instruction or stray text.</summary>
        public static Tag? Parse(ReadOnlySpan<char> inside)
        {
            var closing = inside.StartsWith("/");
            var body = closing ? inside[1..] : inside;
            var nameLength = 0;
            while (nameLength < body.Length && (char.IsAsciiLetterOrDigit(body[nameLength]) || body[nameLength] is '-' or ':'))
            {
                nameLength++;
            }

            if (nameLength == 0 || !char.IsAsciiLetter(body[0]))
            {
                return null;
            }

            var rest = body[nameLength..].TrimEnd();
            var selfClosing = rest.EndsWith("/");
            return new Tag(body[..nameLength].ToString(), closing, selfClosing, closing ? new Dictionary<string, string>() : ParseAttributes(selfClosing ? rest[..^1] : rest));
        }

        private static Dictionary<string, string> ParseAttributes(ReadOnlySpan<char> text)
        {
            var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '/'))
                {
                    i++;
                }

                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '=' and not '/')
                {
                    i++;
                }

                var name = text[start..i].ToString();
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var value = "";
                if (i < text.Length && text[i] == '=')
                {
                    i++;
                    while (i < text.Length && char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    if (i < text.Length && text[i] is '"' or '\'')
                    {
                        var quote = text[i];
                        var close = text[(i + 1)..].IndexOf(quote);
                        var length = close < 0 ? text.Length - i - 1 : close;
                        value = text.Slice(i + 1, length).ToString();
                        i += length + 2;
                    }
                    else
                    {
                        var valueStart = i;
                        while (i < text.Length && !char.IsWhiteSpace(text[i]))
                        {
                            i++;
                        }

                        value = text[valueStart..i].ToString();
                    }
                }

                if (name.Length > 0)
                {
                    attributes.TryAdd(name, WebUtility.HtmlDecode(value));
                }
            }

            return attributes;
        }
    }

    /// <summary>Collapses whitespace as a browser does, keeps at most one blank line, and trims each line.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _newlines = 2; // the start counts as a paragraph break: nothing leading
        private bool _space;
        private int _linkStart = -1;

        public void Text(string text, bool preformatted)
        {
            foreach (var c in text)
            {
                if (preformatted && c == '\n')
                {
                    Break(1, hard: true);
                }
                else if (char.IsWhiteSpace(c) && c != '\u00a0')
                {
                    if (preformatted)
                    {
                        Put(' ');
                    }
                    else
                    {
                        _space = true;
                    }
                }
                else
                {
                    Put(c == '\u00a0' ? ' ' : c);
                }
            }
        }

        public void Line() => Break(1, hard: false);

        public void HardBreak() => Break(1, hard: true);

        public void Paragraph() => Break(2, hard: false);

        public void Bullet()
        {
            Put('-');
            Put(' ');
        }

        public void MarkLinkStart()
        {
            if (_space && _newlines == 0)
            {
                _text.Append(' ');
                _space = false;
            }

            _linkStart = _text.Length;
        }

        public void EndLink(string href)
        {
            var label = _linkStart >= 0 && _linkStart <= _text.Length ? _text.ToString(_linkStart, _text.Length - _linkStart).Trim() : "";
            _linkStart = -1;
            if (string.Equals(label, href, StringComparison.Ordinal))
            {
                return;
            }

            if (label.Length == 0)
            {
                Text(href, preformatted: false);
                return;
            }

            _space = true;
            Text("(" + href + ")", preformatted: false);
        }

        public override string ToString() => _text.ToString().TrimEnd() + (_text.Length > 0 ? "\n" : "");

        private void Put(char c)
        {
            if (_space && _newlines == 0)
            {
                _text.Append(' ');
            }

            _space = false;
            _newlines = 0;
            _text.Append(c);
        }

        private void Break(int count, bool hard)
        {
            _space = false;
            while (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
            }

            var wanted = hard ? _newlines + 1 : Math.Max(count, _newlines);
            for (var n = _newlines; n < Math.Min(wanted, 2); n++)
            {
                if (_text.Length > 0)
                {
                    _text.Append('\n');
                }
            }

            _newlines = Math.Max(_newlines, Math.Min(wanted, 2));
        }
    }
}
