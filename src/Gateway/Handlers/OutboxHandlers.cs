using System.Globalization;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Paging;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Handlers.Mapping;
using Domain = BackInStock.Emulator.Outbox;

namespace BackInStock.Gateway.Handlers;

/// <summary>The outbox of sent emails (emulator-only).</summary>
public sealed class OutboxHandlers(TenantContext tenant) : IOutboxHandlers
{
    async Task<EmailList> IOutboxHandlers.ListOutbox(
        Guid? contactId, string? sku, DateTimeOffset? since, DateTimeOffset? until, int? limit, int? offset,
        string? to, string? locale, string? automation, string? wait, CancellationToken cancellationToken)
    {
        var query = new Domain.EmailQuery(contactId, sku, since, until, limit ?? Page.DefaultLimit, offset ?? 0, to, locale, automation);
        var page = wait is null
            ? tenant.Emulator.Outbox.Page(query)
            : await tenant.Emulator.Outbox.WaitAsync(query, Duration(wait), cancellationToken);
        return new() { Data = page.Items.Select(JournalMapping.ToDto).ToList(), Total = page.Total, NextOffset = page.NextOffset };
    }

    OutboxEmail IOutboxHandlers.GetOutboxEmail(Guid emailId) => JournalMapping.ToDto(tenant.Emulator.Outbox.Get(emailId));

    string IOutboxHandlers.GetOutboxEmailHtml(Guid emailId) => tenant.Emulator.Outbox.Get(emailId).Html;

    string IOutboxHandlers.GetOutboxEmailText(Guid emailId) => tenant.Emulator.Outbox.Get(emailId).PlainText;

    EmailHeaders IOutboxHandlers.GetOutboxEmailHeaders(Guid emailId) => new()
    {
        Data = Domain.EmailMessage.Headers(tenant.Emulator.Outbox.Get(emailId)).Select(h => new EmailHeader { Name = h.Key, Value = h.Value }).ToList(),
    };

    string IOutboxHandlers.GetOutboxEmailSource(Guid emailId) => Domain.EmailMessage.Source(tenant.Emulator.Outbox.Get(emailId));

    void IOutboxHandlers.DeleteOutboxEmail(Guid emailId) => tenant.Emulator.Outbox.Delete(emailId);

    void IOutboxHandlers.ClearOutbox() => tenant.Emulator.Outbox.Clear();

    // The contract's pattern has let through digits and a unit only; the cap is the outbox's.
    private static TimeSpan Duration(string wait)
    {
        var milliseconds = wait.EndsWith("ms", StringComparison.Ordinal);
        var amount = long.Parse(wait.AsSpan(0, wait.Length - (milliseconds ? 2 : 1)), NumberStyles.None, CultureInfo.InvariantCulture);
        var duration = milliseconds ? TimeSpan.FromMilliseconds(amount) : TimeSpan.FromSeconds(amount);
        return duration <= Domain.OutboxService.MaxWait
            ? duration
            : throw ErrorCatalogue.Invalid(
                ErrorCatalogue.ValidationError, "wait", $"must be at most {Domain.OutboxService.MaxWait.TotalSeconds:0}s; wait again for longer.");
    }
}
