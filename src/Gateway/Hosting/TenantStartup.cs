using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Tenancy;

namespace BackInStock.Gateway.Hosting;

/// <summary>Opens every tenant's store before the gateway listens, so a bad data file stops start-up at once with its name.</summary>
public static class TenantStartup
{
    /// <returns>Whether the stores opened; when not, the reason is printed and the caller exits with 2.</returns>
    public static bool OpenTenants(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<TenantDirectory>();
            return true;
        }
        catch (StoreOpenException failure)
        {
            Console.Error.WriteLine($"BackInStock cannot start: {failure.Message}");
            return false;
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // Whatever else start-up trips on (the tenants' configuration) is one line too, never a stack trace.
            Console.Error.WriteLine($"BackInStock cannot start: {failure.GetType().Name}: {failure.Message.ReplaceLineEndings(" ")}");
            return false;
        }
    }

    /// <summary>
    /// Once listening, records beside each tenant's data file where this gateway serves, so a second one
    /// started on the same file is told which process holds it and where to find it.
    /// </summary>
    public static WebApplication AnnounceDataFileOwner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (app.ServedAt() is { } url)
            {
                foreach (var tenant in app.Services.GetRequiredService<TenantDirectory>().All)
                {
                    tenant.Emulator.AnnounceServing(url);
                }
            }
        });
        return app;
    }
}
