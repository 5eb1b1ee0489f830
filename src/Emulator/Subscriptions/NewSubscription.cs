namespace BackInStock.Emulator.Subscriptions;

/// <summary>What a client asks for when it subscribes a contact.</summary>
public sealed record NewSubscription(Guid ContactId, string Sku, string Locale, string? ExternalId, SubscriptionSource Source = SubscriptionSource.Engage);
