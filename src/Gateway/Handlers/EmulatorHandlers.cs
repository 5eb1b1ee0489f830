using BackInStock.Emulator;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Handlers;

/// <summary>The emulator's control plane (emulator-only routes under /emulator).</summary>
public sealed class EmulatorHandlers(EngageEmulator emulator) : IEmulatorHandlers
{
    Health IEmulatorHandlers.GetHealth() => new()
    {
        Status = "Healthy",
        Version = typeof(EmulatorHandlers).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        Store = emulator.StoreKind,
        StartedAt = emulator.StartedAt,
    };
}
