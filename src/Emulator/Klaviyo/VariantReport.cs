namespace BackInStock.Emulator.Klaviyo;

/// <summary>One row of the back-in-stock report: who still waits for a variant, and who was told it is back.</summary>
/// <param name="Notified">Subscriptions that triggered and emailed, counted from the outbox (so within its capacity).</param>
public sealed record VariantReport(
    BackInStockVariant Variant,
    string Sku,
    int Waiting,
    int Notified,
    DateTimeOffset? LastSubscribedAt,
    DateTimeOffset? LastNotifiedAt);
