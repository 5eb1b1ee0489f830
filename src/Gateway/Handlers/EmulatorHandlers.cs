using System.Text.Json;
using BackInStock.Emulator;
using BackInStock.Emulator.Clock;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Validation;

namespace BackInStock.Gateway.Handlers;

/// <summary>The emulator's control plane: health, clock, reset, inventory (emulator-only routes under /emulator).</summary>
public sealed class EmulatorHandlers(TenantContext tenant, EmulatorClock clock, PayloadValidation validation) : IEmulatorHandlers
{
    // A data file gone from its path makes the tenant unhealthy (503), as its writes are refused.
    Health IEmulatorHandlers.GetHealth() => tenant.Emulator.StoreFault is { } fault ? throw new EmulatorException(ErrorCatalogue.DataFileMissing, fault) : new()
    {
        Status = "Healthy",
        Version = typeof(EmulatorHandlers).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        Store = tenant.Emulator.StoreKind,
        StartedAt = tenant.Emulator.StartedAt,
        Tenant = tenant.Current.Id,
    };

    SubscriptionOverviewList IEmulatorHandlers.ListAllSubscriptions(int? limit) => new()
    {
        Data = tenant.Emulator.Subscriptions.Overview(limit ?? 100).Select(o => new SubscriptionOverview
        {
            Id = o.Subscription.Id,
            ContactId = o.Subscription.ContactId,
            Email = o.Email,
            Sku = o.Subscription.Sku,
            Locale = o.Subscription.Locale,
            ExternalId = o.Subscription.ExternalId,
            CreatedOn = o.Subscription.CreatedOn,
        }).ToList(),
    };

    Clock IEmulatorHandlers.GetClock() => Now();

    Clock IEmulatorHandlers.SetClock(ClockChange body)
    {
        if (body.Reset == true)
        {
            clock.Reset();
        }

        if (body.FreezeAt is { } at)
        {
            clock.Freeze(at);
        }
        else if (body.Frozen == true)
        {
            clock.Freeze();
        }
        else if (body.Frozen == false)
        {
            clock.Resume();
        }

        if (body.AdvanceSeconds is { } seconds)
        {
            clock.Advance(TimeSpan.FromSeconds(seconds));
        }

        return Now();
    }

    void IEmulatorHandlers.ResetEmulator() => tenant.Emulator.Reset();

    StockLevelList IEmulatorHandlers.ListStockLevels(string? sku) => new()
    {
        Data = tenant.Emulator.StockLevels.Current(sku).Select(s => new StockLevel
        {
            Sku = s.Sku,
            Locale = s.Locale,
            ExternalId = s.ExternalId,
            Quantity = s.Quantity,
            UpdatedAt = s.UpdatedAt,
            BatchId = s.BatchId,
        }).ToList(),
    };

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

    private Clock Now() => new() { Now = clock.GetUtcNow(), Frozen = clock.IsFrozen };
}
