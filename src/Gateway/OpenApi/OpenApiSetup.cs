using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Security;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace BackInStock.Gateway.OpenApi;

/// <summary>
/// Two descriptions of the API: the contract itself (contracts/openapi.yaml, shipped with the build)
/// and the runtime document Microsoft.AspNetCore.OpenApi builds from what is actually mapped.
/// A test keeps the two equal. Scalar shows both with nothing fetched from a CDN; the contract with each
/// operation's fidelity as a badge (<see cref="FidelityBadges"/>).
/// </summary>
public static class OpenApiSetup
{
    public const string ContractRoute = "/openapi/contract.yaml";
    public const string RuntimeRoute = "/openapi/v1.json";

    public static IServiceCollection AddContractOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.AddDocumentTransformer<SecurityDocument>();
            options.AddSchemaTransformer(IgnoreCaseEnumSchemas.Transform);
            // The generated routes carry [Obsolete] for the contract's deprecated operations; the runtime document says so too.
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ObsoleteAttribute>().Any())
                {
                    operation.Deprecated = true;
                }

                return Task.CompletedTask;
            });
        });

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi(RuntimeRoute).ExcludeFromDescription();
        // Read on first request, so a damaged copy of the contract never stops start-up. The content root's copy
        // first: BackInStock.Testing keeps it there, out of the way of a test project's own files.
        var contract = new Lazy<string>(() => FidelityBadges.Annotate(File.ReadAllText(ContractFile(app.Environment.ContentRootPath))));
        app.MapGet(ContractRoute, () => TypedResults.Text(contract.Value, "application/yaml")).ExcludeFromDescription();
        app.MapScalarApiReference("/scalar", (options, http) => options
            .WithTitle("BackInStock")
            .DisableDefaultFonts()
            .ForThisTool(http)
            .AddDocument("contract", "Contract (contracts/openapi.yaml)", ContractRoute, isDefault: true)
            .AddDocument("v1", "Runtime (/openapi/v1.json)", RuntimeRoute))
            .ExcludeFromDescription();
        return app;
    }

    // A local tool: nothing leaves the machine (no AI chat, MCP, telemetry, or the toolbar's cloud
    // buttons), "try it" goes to the origin the page came from, and a page of this machine gets the
    // default tenant's key filled in, as LocalOnly would hand it out at /emulator/dev-key.
    private static ScalarOptions ForThisTool(this ScalarOptions options, HttpContext http)
    {
        options.DisableAgent().DisableMcp().DisableTelemetry().HideDeveloperTools()
            .AddServer($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}", "This gateway");
        if (LocalOnly.MayReadDevKey(http) && http.RequestServices.GetRequiredService<TenantDirectory>().Default.Options.ApiKeys is [var key, ..])
        {
            options.AddApiKeyAuthentication(ContractSecurity.ApiKey, scheme => scheme.Value = key).AddPreferredSecuritySchemes([ContractSecurity.ApiKey]);
        }

        return options;
    }

    private static string ContractFile(string contentRoot) =>
        Path.Combine(contentRoot, "openapi.yaml") is var beside && File.Exists(beside) ? beside : Path.Combine(AppContext.BaseDirectory, "openapi.yaml");
}
