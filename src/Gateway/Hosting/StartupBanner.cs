using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Forwarding;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Hosting;

/// <summary>What a newcomer needs after `make run`: where the gateway listens, where the dashboard and docs are, which key to send.</summary>
public static class StartupBanner
{
    public static WebApplication PrintStartupBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var url = app.ServedAt();
            if (url is null)
            {
                return;
            }

            var tenants = app.Services.GetRequiredService<TenantDirectory>();
            var key = tenants.Default.Options.ApiKeys.FirstOrDefault() ?? "(none configured: set Gateway:ApiKeys)";
            var emulator = tenants.Default.Emulator;
            var feeds = emulator.Catalog.Feeds();
            var sample = feeds.Count == 0 ? null : emulator.Catalog.Products(feeds[0].Locale, 0, 1) is [var first, ..] ? first : null;
            var catalog = feeds.Count == 0
                ? "none (PUT /emulator/feeds/{locale} or set Emulator:FeedsPath)"
                : $"{string.Join(", ", feeds.Select(f => $"{f.Locale} ({f.ProductCount})"))}{(sample is null ? "" : $"; e.g. SKU {sample.Sku} in {feeds[0].Locale}")}";
            var forward = app.Services.GetRequiredService<IOptions<ForwardOptions>>().Value;
            var api = forward.Enabled ? $"{url}/api/v3  → forwarded to {forward.BaseUrl} once valid (forward mode)" : $"{url}/api/v3";
            Console.WriteLine($"""

                BackInStock gateway is running (emulator store: {emulator.StoreKind}; tenants: {string.Join(", ", tenants.All.Select(t => t.Id))})
                  API:         {api}
                  Dashboard:   {url}/
                  Demo page:   {url}/demo/product.html   (a shop's product page with a subscribe form)
                  Scalar:      {url}/scalar
                  OpenAPI:     {url}/openapi/v1.json (runtime)  {url}/openapi/contract.yaml (contract)
                  Health:      {url}/healthz (alive)  {url}/readyz (ready)  {url}/emulator/health
                  Outbox:      {url}/emulator/outbox   Integration log: {url}/emulator/integration-log
                  Feeds:       {catalog}
                  Dev API key: {key}   (send it as the 'apikey' header)

                """);
        });
        return app;
    }
}
