using BackInStock.Emulator;
using BackInStock.Emulator.Tenancy;

namespace BackInStock.Gateway.Tenancy;

/// <summary>
/// The tenant one request acts on: set by the API-key filter on /api/v3, by the optional key on the
/// control plane, otherwise the default tenant.
/// </summary>
public sealed class TenantContext(TenantDirectory directory)
{
    private Tenant? _current;

    public Tenant Current
    {
        get => _current ?? directory.Default;
        set => _current = value;
    }

    public EngageEmulator Emulator => Current.Emulator;
}
