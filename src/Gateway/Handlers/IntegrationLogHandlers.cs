using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.IntegrationLog;

namespace BackInStock.Gateway.Handlers;

/// <summary>The integration log (emulator-only).</summary>
public sealed class IntegrationLogHandlers(TenantContext tenant) : IIntegrationLogHandlers
{
    LogEntryList IIntegrationLogHandlers.ListIntegrationLog(Guid? batchId, string? sku, DateTimeOffset? since, int? limit) =>
        new() { Data = tenant.Emulator.IntegrationLog.List(new Domain.LogQuery(batchId, sku, since, limit ?? 100)).Select(JournalMapping.ToDto).ToList() };
}
