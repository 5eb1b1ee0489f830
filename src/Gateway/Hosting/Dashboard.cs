namespace BackInStock.Gateway.Hosting;

/// <summary>
/// The dashboard at / and the demo product page: static files from wwwroot, no build step and nothing
/// from a CDN. They read the control plane like any client.
/// </summary>
public static class Dashboard
{
    public static WebApplication UseDashboard(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
