using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.IntegrationLog;

namespace BackInStock.Gateway.Handlers;

/// <summary>The integration log (emulator-only).</summary>
public sealed class IntegrationLogHandlers(TenantContext tenant) : IIntegrationLogHandlers
{
    LogEntryList IIntegrationLogHandlers.ListIntegrationLog(Guid? batchId, string? sku, DateTimeOffset? since, int? limit) =>
        new() { Data = tenant.Emulator.IntegrationLog.List(new Domain.LogQuery(batchId, sku, since, limit ?? 100)).Select(ToDto).ToList() };

    private static LogEntry ToDto(Domain.LogEntry e) => new()
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
        }).ToList(),
        SentToTrigger = e.SentToTrigger,
        Warnings = e.Warnings.ToList(),
    };
}
