using BackInStock.Emulator;
using BackInStock.Emulator.Storage;
using BackInStock.Gateway.Dialects;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers;
using BackInStock.Gateway.Security;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Hosting;

/// <summary>How the gateway is put together; each concern enters Program.cs through one call here.</summary>
public static class GatewayHosting
{
    public static WebApplicationBuilder AddGatewayOptions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.Section));
        var limit = builder.Configuration.GetValue<long?>($"{GatewayOptions.Section}:{nameof(GatewayOptions.MaxRequestBodyBytes)}") ?? new GatewayOptions().MaxRequestBodyBytes;

        // The emulator's API is synchronous (LiteDB transactions belong to their thread), so a request waiting
        // for its group commit holds a thread; enough threads up front let concurrent writes share a commit
        // instead of the pool adding threads one by one.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 128), io);

        // Kestrel refuses anything far past the contract limit before it is buffered at all.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(limit, 1024 * 1024) * 4);
        return builder;
    }

    /// <summary>
    /// The in-process emulator: one per tenant, each on its own data file and with its own clock, disposed
    /// at shutdown. The shared TimeProvider stays real time (rate limits, the simulated Centra), so moving a
    /// tenant's clock moves nothing else.
    /// </summary>
    public static IServiceCollection AddEmulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmulatorOptions>(configuration.GetSection("Emulator"));
        services.Configure<StoreOptions>(configuration.GetSection("Store"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(TenantSetup.Open);
        services.AddScoped<TenantContext>();
        services.AddScoped<PayloadValidation>();
        services.AddSingleton(CentraSetup.Open);
        services.AddScoped<IBackInStockHandlers, BackInStockHandlers>();
        services.AddScoped<IContactsHandlers, ContactsHandlers>();
        services.AddScoped<IReceiptsHandlers, ReceiptsHandlers>();
        services.AddScoped<ICentraHandlers, CentraHandlers>();
        services.AddScoped<ICentraSimulatorHandlers, CentraSimulatorHandlers>();
        services.AddScoped<IEmulatorHandlers, EmulatorHandlers>();
        services.AddScoped<IFeedsHandlers, FeedsHandlers>();
        services.AddScoped<IAutomationsHandlers, AutomationsHandlers>();
        services.AddScoped<IOutboxHandlers, OutboxHandlers>();
        services.AddScoped<IIntegrationLogHandlers, IntegrationLogHandlers>();
        services.AddScoped<ICentraCheckoutHandlers, CentraCheckoutHandlers>();
        services.AddScoped<IKlaviyoClientHandlers, KlaviyoClientHandlers>();
        services.AddScoped<IKlaviyoHandlers, KlaviyoHandlers>();
        services.AddScoped<IKlaviyoReportHandlers, KlaviyoReportHandlers>();
        services.Configure<KlaviyoOptions>(configuration.GetSection(KlaviyoOptions.Section));
        services.PostConfigure<KlaviyoOptions>(options =>
        {
            if (options.PrivateApiKeys.Count == 0)
            {
                options.PrivateApiKeys.Add(KlaviyoOptions.DevelopmentKey);
            }
        });
        return services;
    }

    /// <summary>
    /// Engage's JSON: property names bind case-insensitively (its own examples send "ContactId");
    /// numbers are numbers, as the contract's schemas say, so none is read from a string.
    /// </summary>
    public static IServiceCollection AddContractJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNameCaseInsensitive = true;
            options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });

    /// <summary>Every route group generated from the contract, with its conventions applied once per group.</summary>
    public static WebApplication MapContractEndpoints(this WebApplication app)
    {
        app.MapBackInStockEndpoints().RequireApiKey();
        app.MapContactsEndpoints().RequireApiKey();
        app.MapReceiptsEndpoints().RequireApiKey();
        app.MapCentraEndpoints().ProtectStorefront();
        app.MapEmulatorEndpoints().SelectsTenant();
        app.MapFeedsEndpoints().SelectsTenant();
        app.MapAutomationsEndpoints().SelectsTenant();
        app.MapOutboxEndpoints().SelectsTenant().ServeHtmlSandboxed();
        app.MapIntegrationLogEndpoints().SelectsTenant();
        app.MapCentraSimulatorEndpoints();
        app.MapCentraCheckoutEndpoints().WithCentraErrors().ProtectStorefrontApi();
        app.MapKlaviyoClientEndpoints().WithKlaviyoErrors().AlsoAccepts(KlaviyoErrorDialect.ContentType).ProtectStorefrontApi();
        app.MapKlaviyoEndpoints().WithKlaviyoErrors().AlsoAccepts(KlaviyoErrorDialect.ContentType).RequireKlaviyoApiKey();
        app.MapKlaviyoReportEndpoints().SelectsTenant();
        return app;
    }
}
