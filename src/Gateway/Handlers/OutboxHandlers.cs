using BackInStock.Emulator.Paging;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Handlers.Mapping;
using Domain = BackInStock.Emulator.Outbox;

namespace BackInStock.Gateway.Handlers;

/// <summary>The outbox of sent emails (emulator-only).</summary>
public sealed class OutboxHandlers(TenantContext tenant) : IOutboxHandlers
{
    EmailList IOutboxHandlers.ListOutbox(Guid? contactId, string? sku, DateTimeOffset? since, DateTimeOffset? until, int? limit, int? offset)
    {
        var page = tenant.Emulator.Outbox.Page(new Domain.EmailQuery(contactId, sku, since, until, limit ?? Page.DefaultLimit, offset ?? 0));
        return new() { Data = page.Items.Select(JournalMapping.ToDto).ToList(), Total = page.Total, NextOffset = page.NextOffset };
    }

    OutboxEmail IOutboxHandlers.GetOutboxEmail(Guid emailId) => JournalMapping.ToDto(tenant.Emulator.Outbox.Get(emailId));

    string IOutboxHandlers.GetOutboxEmailHtml(Guid emailId) => tenant.Emulator.Outbox.Get(emailId).Html;
}
