using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;

namespace BackInStock.Gateway.Handlers;

/// <summary>The back-in-stock automations (emulator-only).</summary>
public sealed class AutomationsHandlers(EngageEmulator emulator) : IAutomationsHandlers
{
    AutomationList IAutomationsHandlers.ListAutomations() => new() { Data = emulator.Automations.List().Select(AutomationMapping.ToDto).ToList() };

    AutomationList IAutomationsHandlers.ReplaceAutomations(IEnumerable<Automation> body) =>
        new() { Data = emulator.Automations.Replace(body.Select(AutomationMapping.ToDomain).ToList()).Select(AutomationMapping.ToDto).ToList() };
}
