using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Handlers.Mapping;
using Domain = BackInStock.Emulator.Outbox;

namespace BackInStock.Gateway.Handlers;

/// <summary>The outbox of sent emails (emulator-only).</summary>
public sealed class OutboxHandlers(TenantContext tenant) : IOutboxHandlers
{
    EmailList IOutboxHandlers.ListOutbox(Guid? contactId, string? sku, DateTimeOffset? since, DateTimeOffset? until, int? limit) =>
        new() { Data = tenant.Emulator.Outbox.List(new Domain.EmailQuery(contactId, sku, since, until, limit ?? 100)).Select(ToDto).ToList() };

    OutboxEmail IOutboxHandlers.GetOutboxEmail(Guid emailId) => ToDto(tenant.Emulator.Outbox.Get(emailId));

    string IOutboxHandlers.GetOutboxEmailHtml(Guid emailId) => tenant.Emulator.Outbox.Get(emailId).Html;

    private static OutboxEmail ToDto(Domain.Email e) => new()
    {
        Id = e.Id,
        SentAt = e.SentAt,
        BatchId = e.BatchId,
        AutomationId = e.AutomationId,
        SubscriptionId = e.SubscriptionId,
        ContactId = e.ContactId,
        To = e.To,
        Subject = e.Subject,
        Html = e.Html,
        Sku = e.Sku,
        Locale = e.Locale,
        ExternalId = e.ExternalId,
        Quantity = e.Quantity,
        Product = ProductMapping.ToDto(e.Product),
    };
}
