namespace BackInStock.Emulator.Subscriptions;

/// <summary>A contact's wish to hear when a SKU is back in stock in a locale (and, optionally, an external market).</summary>
public sealed record Subscription(
    Guid Id,
    Guid ContactId,
    string Sku,
    string Locale,
    string? ExternalId,
    DateTimeOffset CreatedOn,
    SubscriptionSource Source = SubscriptionSource.Engage)
{
    /// <summary>
    /// Whether subscribing the contact to these would be this subscription again: the same SKU and externalId
    /// (compared exactly) in the same locale (case-insensitively).
    /// </summary>
    public bool IsSame(Guid contactId, string sku, string locale, string? externalId) =>
        ContactId == contactId && Sku == sku && Locales.Equal(Locale, locale) && ExternalId == externalId;
}
