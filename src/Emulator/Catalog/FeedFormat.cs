namespace BackInStock.Emulator.Catalog;

/// <summary>How a product feed is written. <see cref="Xml"/> is Engage's own (Google Merchant Center); the others are conveniences.</summary>
public enum FeedFormat
{
    Xml,
    Json,
    Csv,
}
