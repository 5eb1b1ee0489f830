using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Tenancy;

namespace BackInStock.Gateway.Tenancy;

/// <summary>
/// The simulated Centra integrations, from "Centra:Integrations" ({Name, Token, Tenant, Stores}); with
/// none configured, one integration named "Engage integration" delivers to the default tenant.
/// </summary>
public static class CentraSetup
{
    public static CentraRelay Open(IServiceProvider services)
    {
        var tenants = services.GetRequiredService<TenantDirectory>();
        var relay = new CentraRelay(tenants, services.GetRequiredService<TimeProvider>());
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
