using BackInStock.Emulator.Catalog;

namespace BackInStock.Emulator.Outbox;

/// <summary>An email a back-in-stock automation sent, kept in the outbox instead of being delivered.</summary>
/// <param name="Text">Its plain-text part; null in emails stored before the outbox kept one (<see cref="PlainText"/> makes it then).</param>
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
    Product Product,
    string? Text = null)
{
    /// <summary>The plain-text part as sent, or made from the HTML for an email stored without one.</summary>
    public string PlainText => Text ?? HtmlText.From(Html);
}
