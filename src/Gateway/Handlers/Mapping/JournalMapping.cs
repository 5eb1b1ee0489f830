using BackInStock.Gateway.Generated;
using Domain = BackInStock.Emulator;

namespace BackInStock.Gateway.Handlers.Mapping;

/// <summary>Outbox emails and integration-log entries in the contract's shape.</summary>
internal static class JournalMapping
{
    public static OutboxEmail ToDto(Domain.Outbox.Email e) => new()
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
        Text = e.PlainText,
        Sku = e.Sku,
        Locale = e.Locale,
        ExternalId = e.ExternalId,
        Quantity = e.Quantity,
        Product = ProductMapping.ToDto(e.Product),
    };

    public static LogEntry ToDto(Domain.IntegrationLog.LogEntry e) => new()
    {
        Id = e.Id,
        At = e.At,
        BatchId = e.BatchId,
        ItemIndex = e.ItemIndex,
        Sku = e.Sku,
        Locale = e.Locale,
        ExternalId = e.ExternalId,
        Quantity = e.Quantity,
        MatchingCase = e.MatchingCase,
        Considered = e.Considered.Select(c => new ConsideredSubscription
        {
            SubscriptionId = c.SubscriptionId,
            ContactId = c.ContactId,
            Locale = c.Locale,
            ExternalId = c.ExternalId,
            Conditions = c.Conditions.Select(r => new ConditionResult { Scope = r.Scope, Condition = r.Condition, Passed = r.Passed, Detail = r.Detail }).ToList(),
            Outcome = c.Outcome,
            Automations = c.Automations.ToList(),
            Error = c.Error,
        }).ToList(),
        SentToTrigger = e.SentToTrigger,
        Warnings = e.Warnings.ToList(),
        Error = e.Error,
    };
}
