using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Handlers.Mapping;

namespace BackInStock.Gateway.Handlers;

/// <summary>The back-in-stock automations (emulator-only).</summary>
public sealed class AutomationsHandlers(TenantContext tenant) : IAutomationsHandlers
{
    AutomationList IAutomationsHandlers.ListAutomations() => new() { Data = tenant.Emulator.Automations.List().Select(AutomationMapping.ToDto).ToList() };

    AutomationList IAutomationsHandlers.ReplaceAutomations(IEnumerable<Automation> body) =>
        new() { Data = tenant.Emulator.Automations.Replace(body.Select(AutomationMapping.ToDomain).ToList()).Select(AutomationMapping.ToDto).ToList() };
}
