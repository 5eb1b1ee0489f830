using BackInStock.Emulator;
using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Tenancy;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Tenancy;

/// <summary>
/// The simulated Centra integrations, from "Centra:Integrations" ({Name, Token, Tenant, Stores}); with
/// none configured, one integration named "Engage integration" delivers to the default tenant. Centra's
/// events are stamped in real time (Centra is not a tenant, so no tenant's clock applies) and capped
/// at Emulator:CentraEventCapacity.
/// </summary>
public static class CentraSetup
{
    public static CentraRelay Open(IServiceProvider services)
    {
        var tenants = services.GetRequiredService<TenantDirectory>();
        var capacity = services.GetRequiredService<IOptions<EmulatorOptions>>().Value.CentraEventCapacity;
        var relay = new CentraRelay(tenants, services.GetRequiredService<TimeProvider>(), capacity);
        var configured = services.GetRequiredService<IConfiguration>().GetSection("Centra:Integrations").Get<List<IntegrationSettings>>() ?? [];
        relay.Configure(configured.Count > 0
            ? configured.Select(i => new CentraIntegration(i.Name, i.Token, i.Tenant ?? tenants.Default.Id, i.Stores)).ToList()
            : [new CentraIntegration("Engage integration", "centra-dev-token", tenants.Default.Id, [])]);
        return relay;
    }

    private sealed class IntegrationSettings
    {
        public string Name { get; set; } = "";

        public string Token { get; set; } = "";

        public string? Tenant { get; set; }

        public List<string> Stores { get; set; } = [];
    }
}
