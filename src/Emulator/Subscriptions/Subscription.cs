namespace BackInStock.Emulator.Subscriptions;

/// <summary>A contact's wish to hear when a SKU is back in stock in a locale (and, optionally, an external market).</summary>
public sealed record Subscription(
    Guid Id,
    Guid ContactId,
    string Sku,
    string Locale,
    string? ExternalId,
    DateTimeOffset CreatedOn);
