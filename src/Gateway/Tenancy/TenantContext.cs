using BackInStock.Emulator;
using BackInStock.Emulator.Tenancy;

namespace BackInStock.Gateway.Tenancy;

/// <summary>
/// The tenant one request acts on: set by the API-key filter on /api/v3 and by <see cref="TenantSelection"/>
/// on the control plane (which, with several tenants, refuses a request that names none); otherwise the
/// default tenant, which only a single-tenant set-up or the health check reaches.
/// </summary>
public sealed class TenantContext(TenantDirectory directory)
{
    private Tenant? _current;

    public Tenant Current
    {
        get => _current ?? directory.Default;
        set => _current = value;
    }

    /// <summary>Whether the request named its tenant (key, header or query), rather than falling to the default.</summary>
    public bool Named { get; set; }

    public EngageEmulator Emulator => Current.Emulator;
}
