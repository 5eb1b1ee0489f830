using BackInStock.Gateway.Cli;
using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Faults;
using BackInStock.Gateway.Forwarding;
using BackInStock.Gateway.Hosting;
using BackInStock.Gateway.OpenApi;
using BackInStock.Gateway.Security;

// The command line (run, validate, --help, --version) picks what to do; each command builds the gateway from these two lists.
return GatewayCommandLine.Invoke(args, Program.Composition);

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program
{
    /// <summary>The gateway's services and request pipeline; the CLI's commands and BackInStock.Testing's fixture build every host from them.</summary>
    public static GatewayComposition Composition { get; } = new(AddServices, UsePipeline);

    private static void AddServices(WebApplicationBuilder builder)
    {
        builder.AddGatewayOptions();
        builder.SetThreadPoolAndBodyLimits();
        builder.Services.AddEmulator(builder.Configuration);
        builder.Services.AddContractHandlers();
        builder.Services.AddForwarding(builder.Configuration);
        builder.Services.AddContractJson();
        builder.Services.AddErrorHandling();
        builder.Services.AddStorefrontProtection(builder.Configuration);
        builder.Services.AddEngageRateLimit(builder.Configuration);
        builder.Services.AddContractOpenApi();
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseErrorHandling();
        app.UseLocalOnly();
        app.UseStorefrontCors();
        app.UseFaultInjection();
        app.UseStorefrontProtection();
        app.UseDashboard();
        app.MapApiReference();
        app.MapContractEndpoints();
        app.AnnounceDataFileOwner();
    }
}
