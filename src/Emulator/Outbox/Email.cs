using BackInStock.Emulator.Catalog;

namespace BackInStock.Emulator.Outbox;

/// <summary>An email a back-in-stock automation sent, kept in the outbox instead of being delivered.</summary>
public sealed record Email(
    Guid Id,
    DateTimeOffset SentAt,
    Guid BatchId,
    string AutomationId,
    Guid SubscriptionId,
    Guid ContactId,
    string To,
    string Subject,
    string Html,
    string Sku,
    string Locale,
    string? ExternalId,
    int Quantity,
    Product Product);
