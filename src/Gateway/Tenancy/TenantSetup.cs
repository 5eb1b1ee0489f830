using BackInStock.Emulator;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Tenancy;

/// <summary>
/// Builds the tenants from configuration. With no "Tenants" section there is one tenant,
/// "voyado.centraqa" (the store of Voyado's accelerator example), with the Gateway:ApiKeys and the
/// Store settings, so a single tenant needs no configuration.
/// </summary>
public static class TenantSetup
{
    public const string Section = "Tenants";
    public const string DefaultTenantId = "voyado.centraqa";

    public static TenantDirectory Open(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var emulator = services.GetRequiredService<IOptions<EmulatorOptions>>().Value;
        var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();

        var configured = configuration.GetSection(Section).Get<List<TenantOptions>>() ?? [];
        var tenants = configured.Count > 0
            ? configured
            : [new TenantOptions { Id = DefaultTenantId, ApiKeys = services.GetRequiredService<IOptions<GatewayOptions>>().Value.ApiKeys, DataFile = store.Path }];

        var opened = new List<Tenant>();
        try
        {
            foreach (var tenant in tenants)
            {
                var options = new EmulatorOptions
                {
                    Store = new StoreOptions { InMemory = store.InMemory, Path = tenant.DataFile ?? Path.Combine("data", tenant.Id + ".db") },
                    OutboxCapacity = emulator.OutboxCapacity,
                    LogCapacity = emulator.LogCapacity,
                    FeedsPath = emulator.FeedsPath,
                    DemoCatalog = emulator.DemoCatalog,
                    Contacts = tenant.Contacts ?? emulator.Contacts,
                    CentraMinimumStock = emulator.CentraMinimumStock,
                    PublicOrigin = emulator.PublicOrigin,
                    Stores = tenant.Stores ?? emulator.Stores,
                    Consents = tenant.Consents ?? emulator.Consents,
                };
                _ = options.Contacts.Key; // an unknown key identifier stops start-up, naming the ones allowed
                opened.Add(new Tenant(tenant, EngageEmulator.Open(options, time)));
            }

            return new TenantDirectory(opened);
        }
        catch
        {
            opened.ForEach(t => t.Emulator.Dispose());
            throw;
        }
    }
}
