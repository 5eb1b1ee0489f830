using System.Security.Cryptography;
using System.Text;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tenancy;

/// <summary>
/// Every tenant of the process. Engage's API picks a tenant by API key; the Centra accelerator by
/// <c>store</c>: the tenant id, or <c>tenantId-CentraStoreID</c> when a tenant has one Engage store per
/// Centra store (Voyado's partner page, "Store field format").
/// </summary>
public sealed class TenantDirectory : IDisposable
{
    private readonly List<(Tenant Tenant, byte[][] Keys)> _tenants;

    public TenantDirectory(IReadOnlyList<Tenant> tenants)
    {
        if (tenants.Count == 0)
        {
            throw new ArgumentException("At least one tenant is needed.", nameof(tenants));
        }

        var duplicate = tenants.GroupBy(t => t.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The tenant id '{duplicate.Key}' is configured twice.", nameof(tenants));
        }

        _tenants = tenants.Select(t => (t, t.Options.ApiKeys.Select(Encoding.UTF8.GetBytes).ToArray())).ToList();
    }

    public IReadOnlyList<Tenant> All => _tenants.Select(t => t.Tenant).ToList();

    /// <summary>The first configured tenant: the one the control plane serves when no key is sent.</summary>
    public Tenant Default => _tenants[0].Tenant;

    /// <summary>The tenant owning this key, compared in constant time against every key of every tenant.</summary>
    public Tenant? FindByApiKey(string key)
    {
        var presented = Encoding.UTF8.GetBytes(key);
        Tenant? found = null;
        foreach (var (tenant, keys) in _tenants)
        {
            foreach (var candidate in keys)
            {
                if (CryptographicOperations.FixedTimeEquals(presented, candidate))
                {
                    found ??= tenant;
                }
            }
        }

        return found;
    }

    /// <summary>Resolves the accelerator's <c>store</c>; an unknown store is a validation error on <c>$.store</c>.</summary>
    public (Tenant Tenant, string? CentraStoreId) ResolveStore(string store)
    {
        foreach (var (tenant, _) in _tenants)
        {
            if (string.Equals(tenant.Id, store, StringComparison.OrdinalIgnoreCase))
            {
                return (tenant, null);
            }
        }

        // Tenant ids may contain "-" themselves ("voyadotenant-1"), so the longest matching prefix wins.
        foreach (var (tenant, _) in _tenants.OrderByDescending(t => t.Tenant.Id.Length))
        {
            var prefix = tenant.Id + "-";
            if (store.Length > prefix.Length && store.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var centraStore = store[prefix.Length..];
                if (tenant.Options.CentraStores.Count == 0 || tenant.Options.CentraStores.Contains(centraStore, StringComparer.Ordinal))
                {
                    return (tenant, centraStore);
                }
            }
        }

        throw new EmulatorException(
            ErrorCatalogue.UnknownStore,
            $"No tenant is configured for the store '{store}'.",
            new Dictionary<string, List<string>> { ["$.store"] = ["names no configured tenant: use the tenant id, or tenantId-CentraStoreID."] });
    }

    public void Dispose()
    {
        foreach (var (tenant, _) in _tenants)
        {
            tenant.Emulator.Dispose();
        }
    }
}
