using System.Text.Json;
using BackInStock.Emulator;
using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Tenancy;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Validation;

namespace BackInStock.Gateway.Handlers;

/// <summary>The emulator's control plane: health, clock, reset, inventory (emulator-only routes under /emulator).</summary>
public sealed class EmulatorHandlers(TenantContext tenant, TenantDirectory tenants, CentraRelay centra, PayloadValidation validation, IHostApplicationLifetime lifetime) : IEmulatorHandlers
{
    // A data file gone from its path makes the tenant unhealthy (503), as its writes are refused. Asked bare
    // (a readiness probe), health speaks for every tenant: one tenant that cannot write makes it 503.
    Health IEmulatorHandlers.GetHealth() => (tenant.Named ? [tenant.Current] : tenants.All).Select(t => t.Emulator.StoreFault).FirstOrDefault(f => f is not null) is { } fault
        ? throw new EmulatorException(ErrorCatalogue.DataFileMissing, fault)
        : new()
    {
        Status = "Healthy",
        Version = typeof(EmulatorHandlers).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        Store = tenant.Emulator.StoreKind,
        StartedAt = tenant.Emulator.StartedAt,
        Tenant = tenant.Current.Id,
        Tenants = tenants.All.Select(t => t.Id).ToList(),
    };

    Liveness IEmulatorHandlers.GetLiveness() => new() { Status = "Alive" };

    // A probe asks about the whole process: every tenant must be ready, and none is while the gateway shuts down.
    Readiness IEmulatorHandlers.GetReadiness()
    {
        List<string> reasons = lifetime.ApplicationStopping.IsCancellationRequested
            ? ["The gateway is shutting down."]
            : [.. tenants.All.Select(t => t.Emulator.NotReadyBecause() is { } why ? $"Tenant '{t.Id}': {why}." : null).OfType<string>()];
        return reasons.Count > 0
            ? throw new EmulatorException(ErrorCatalogue.NotReady, string.Join(" ", reasons))
            : new() { Status = "Ready", Tenants = tenants.All.Select(t => t.Id).ToList() };
    }

    SubscriptionOverviewList IEmulatorHandlers.ListAllSubscriptions(int? limit, int? offset)
    {
        var page = tenant.Emulator.Subscriptions.Overview(offset ?? 0, limit ?? Page.DefaultLimit);
        return new()
        {
            Data = page.Items.Select(o => new SubscriptionOverview
            {
                Id = o.Subscription.Id,
                ContactId = o.Subscription.ContactId,
                Email = o.Email,
                Sku = o.Subscription.Sku,
                Locale = o.Subscription.Locale,
                ExternalId = o.Subscription.ExternalId,
                CreatedOn = o.Subscription.CreatedOn,
            }).ToList(),
            Total = page.Total,
            NextOffset = page.NextOffset,
        };
    }

    // Who may read it is decided before routing, in LocalOnly: a page of this machine, or the admin key.
    DevApiKey IEmulatorHandlers.GetDevApiKey() => new()
    {
        Tenant = tenant.Current.Id,
        Header = Security.ApiKeyFilter.Header,
        ApiKey = tenant.Current.Options.ApiKeys.FirstOrDefault(),
    };

    Clock IEmulatorHandlers.GetClock() => Now();

    Clock IEmulatorHandlers.SetClock(ClockChange body)
    {
        tenant.Emulator.Clock.Change(
            reset: body.Reset == true,
            frozen: body.Frozen,
            freezeAt: body.FreezeAt,
            advance: body.AdvanceSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        return Now();
    }

    // The simulated Centra is shared; emptying it with any tenant keeps a reset from leaving old events
    // that a newly configured integration would relay into the emptied tenant.
    void IEmulatorHandlers.ResetEmulator()
    {
        tenant.Emulator.Reset();
        centra.Clear();
    }

    StockLevelList IEmulatorHandlers.ListStockLevels(string? sku, int? limit, int? offset)
    {
        var page = tenant.Emulator.StockLevels.Current(sku, offset ?? 0, limit ?? Page.DefaultLimit);
        return new()
        {
            Data = page.Items.Select(s => new StockLevel
            {
                Sku = s.Sku,
                Locale = s.Locale,
                ExternalId = s.ExternalId,
                Quantity = s.Quantity,
                UpdatedAt = s.UpdatedAt,
                BatchId = s.BatchId,
            }).ToList(),
            Total = page.Total,
            NextOffset = page.NextOffset,
        };
    }

    DryRunResult IEmulatorHandlers.DryRunStockLevels(IEnumerable<StockLevelUpdate> body)
    {
        var (entries, emails) = tenant.Emulator.StockLevels.DryRun(StockLevelMapping.ToDomain(body));
        return new() { Entries = entries.Select(JournalMapping.ToDto).ToList(), Emails = emails.Select(JournalMapping.ToDto).ToList() };
    }

    ValidationReport IEmulatorHandlers.ValidatePayload(string operationId, object body)
    {
        var operation = ContractCatalog.Find(operationId)
            ?? throw new EmulatorException(ErrorCatalogue.OperationNotFound, $"The contract has no operation \"{operationId}\"; operations with a body: {ContractCatalog.WithBodies}.");
        return validation.Validate(operation, (JsonElement)body);
    }

    private Clock Now() => new() { Now = tenant.Emulator.Clock.GetUtcNow(), Frozen = tenant.Emulator.Clock.IsFrozen };
}
