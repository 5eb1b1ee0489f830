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
        new() { Data = tenant.Emulator.Outbox.List(new Domain.EmailQuery(contactId, sku, since, until, limit ?? 100)).Select(JournalMapping.ToDto).ToList() };

    OutboxEmail IOutboxHandlers.GetOutboxEmail(Guid emailId) => JournalMapping.ToDto(tenant.Emulator.Outbox.Get(emailId));

    string IOutboxHandlers.GetOutboxEmailHtml(Guid emailId) => tenant.Emulator.Outbox.Get(emailId).Html;
}
