using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Tenancy;

namespace BackInStock.Gateway.Hosting;

/// <summary>Opens every tenant's store before the gateway listens, so a bad data file stops start-up at once with its name.</summary>
public static class TenantStartup
{
    public static WebApplication OpenTenants(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<TenantDirectory>();
        }
        catch (StoreOpenException failure)
        {
            Console.Error.WriteLine($"BackInStock cannot start: {failure.Message}");
            Environment.Exit(2);
        }

        return app;
    }
}
