using System.Xml;
using System.Xml.Linq;

namespace BackInStock.Emulator.Catalog;

/// <summary>
/// A Google Merchant Center feed: RSS 2.0 (<c>rss/channel/item</c>) or Atom 1.0 (<c>feed/entry</c>), with the
/// product's fields in the <c>g:</c> namespace. A <c>g:</c> field wins over a plain one of the same name.
/// </summary>
internal static class GoogleMerchantXml
{
    private static readonly XNamespace Google = "http://base.google.com/ns/1.0";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static List<FeedItem> Read(Stream content)
    {
        var root = Load(content).Root
            ?? throw new FeedFormatException("The XML has no root element.");
        var items = ItemsOf(root);
        return items.Select((item, index) => ToItem(item, index + 1)).ToList();
    }

    private static XDocument Load(Stream content)
    {
        // Feeds come from files and the control plane: no DTDs (entity expansion) and nothing fetched from outside.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        try
        {
            using var reader = XmlReader.Create(content, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"The XML is malformed: {e.Message}", e);
        }
    }

    private static IEnumerable<XElement> ItemsOf(XElement root)
    {
        if (root.Name == "rss")
        {
            var channel = root.Element("channel")
                ?? throw new FeedFormatException("The RSS feed has no <channel>.");
            return channel.Elements("item");
        }

        if (root.Name == Atom + "feed")
        {
            return root.Elements(Atom + "entry");
        }

        throw new FeedFormatException(
            $"The XML's root element is <{root.Name.LocalName}>{Namespace(root)}; a Google Merchant Center feed is RSS 2.0 (<rss>) or Atom 1.0 (<feed xmlns=\"{Atom}\">).");
    }

    private static FeedItem ToItem(XElement item, int number)
    {
        var line = ((IXmlLineInfo)item).HasLineInfo() ? $" (line {((IXmlLineInfo)item).LineNumber})" : string.Empty;
        var fields = new ProductFields($"item {number}{line}");
        var children = item.Elements().Where(child => !child.HasElements).ToList();
        foreach (var child in children.Where(child => child.Name.Namespace == Google))
        {
            fields.Add(child.Name.LocalName, child.Value);
        }

        foreach (var child in children.Where(IsPlain))
        {
            fields.Add(child.Name.LocalName, ValueOf(child));
        }

        return fields.ToItem();
    }

    // An Atom entry's own elements are in the Atom namespace, but play the part of RSS's plain ones;
    // atom:id is the entry's IRI, not the product's id, so it is left out.
    private static bool IsPlain(XElement child) =>
        child.Name.Namespace == XNamespace.None
        || (child.Name.Namespace == Atom && child.Name.LocalName != "id");

    // Atom writes its link in an attribute: <link rel="alternate" href="..."/>.
    private static string ValueOf(XElement child) =>
        child.Name.Namespace == Atom && child.Name.LocalName == "link" ? (string?)child.Attribute("href") ?? string.Empty : child.Value;

    private static string Namespace(XElement element) =>
        element.Name.Namespace == XNamespace.None ? string.Empty : $" in namespace {element.Name.NamespaceName}";
}
