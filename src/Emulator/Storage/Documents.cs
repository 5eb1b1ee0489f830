namespace BackInStock.Emulator.Storage;

/// <summary>A product, keyed by locale and SKU, with the record itself as JSON.</summary>
internal sealed class ProductDocument
{
    public string Id { get; set; } = "";

    public string LocaleKey { get; set; } = "";

    public string Json { get; set; } = "";

    public static string KeyOf(string locale, string sku) => locale.ToLowerInvariant() + "|" + sku;
}

/// <summary>A locale's feed header.</summary>
internal sealed class FeedDocument
{
    public string Id { get; set; } = "";

    public string Json { get; set; } = "";
}

/// <summary>The current stock level of one (sku, locale, externalId).</summary>
internal sealed class StockLevelDocument
{
    public string Id { get; set; } = "";

    public string Sku { get; set; } = "";

    public string Json { get; set; } = "";

    public static string KeyOf(string sku, string? locale, string? externalId) =>
        string.Join('\u001f', sku, locale?.ToLowerInvariant() ?? "", externalId ?? "");
}

/// <summary>A journal row (outbox email, log entry, pending batch): indexed by time, with its record as JSON.</summary>
internal sealed class JournalDocument
{
    public Guid Id { get; set; }

    public long Ticks { get; set; }

    public Guid? ContactId { get; set; }

    public Guid? BatchId { get; set; }

    public string? Sku { get; set; }

    /// <summary>An email's recipient as <see cref="ContactDocument.KeyOf"/> keys it; null for other journals and for emails stored before it was kept.</summary>
    public string? To { get; set; }

    /// <summary>An email's locale, folded to lower case.</summary>
    public string? Locale { get; set; }

    /// <summary>The automation that sent an email.</summary>
    public string? AutomationId { get; set; }

    public string Json { get; set; } = "";

    /// <summary>
    /// The SKU as indexed. LiteDB refuses index keys over 1,023 bytes, and a journal must be able to
    /// record even the item that was refused for its SKU, so the key is cut (the JSON keeps it whole).
    /// </summary>
    public static string SkuKey(string sku) => sku.Length <= IndexedText.Sku ? sku : sku[..IndexedText.Sku];
}

/// <summary>A receipt, keyed by its uniqueReceiptId.</summary>
internal sealed class ReceiptDocument
{
    public string Id { get; set; } = "";

    public Guid ContactId { get; set; }

    public string Json { get; set; } = "";
}

/// <summary>A single settings value (such as the automations), as JSON.</summary>
internal sealed class SettingDocument
{
    public string Id { get; set; } = "";

    public string Json { get; set; } = "";
}
