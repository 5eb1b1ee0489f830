using BackInStock.Emulator;
using BackInStock.Emulator.Storage;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Security;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackInStock.Gateway.Hosting;

/// <summary>How the gateway is put together; each concern enters Program.cs through one call here.</summary>
public static class GatewayHosting
{
    public static WebApplicationBuilder AddGatewayOptions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.Section));
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
        services.AddSingleton(CentraSetup.Open);
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

    /// <summary>The hand-written handlers of every contract tag, and the payload check the validate route and command share.</summary>
    public static IServiceCollection AddContractHandlers(this IServiceCollection services)
    {
        foreach (var tag in ContractTags.All)
        {
            tag.AddHandlers(services);
        }

        services.AddScoped<PayloadValidation>();
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

    /// <summary>Every route group generated from the contract, with the conventions the contract gives it applied once per group.</summary>
    public static WebApplication MapContractEndpoints(this WebApplication app)
    {
        foreach (var tag in ContractTags.All)
        {
            tag.Map(app).WithContractConventions(tag);
        }

        return app;
    }
}
