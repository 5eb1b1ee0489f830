using BackInStock.Emulator.Paging;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.IntegrationLog;

namespace BackInStock.Gateway.Handlers;

/// <summary>The integration log (emulator-only).</summary>
public sealed class IntegrationLogHandlers(TenantContext tenant) : IIntegrationLogHandlers
{
    LogEntryList IIntegrationLogHandlers.ListIntegrationLog(Guid? batchId, string? sku, DateTimeOffset? since, int? limit, int? offset)
    {
        var page = tenant.Emulator.IntegrationLog.Page(new Domain.LogQuery(batchId, sku, since, limit ?? Page.DefaultLimit, offset ?? 0));
        return new() { Data = page.Items.Select(JournalMapping.ToDto).ToList(), Total = page.Total, NextOffset = page.NextOffset };
    }
}
