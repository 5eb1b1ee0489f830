using System.Collections.Concurrent;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace BackInStock.Gateway.Security;

/// <summary>
/// CORS for the routes storefronts call from browsers: any origin may POST, and every answer carries the
/// headers, errors included, with Retry-After readable; otherwise a browser script sees a network error
/// instead of the status. Routing answers some requests (a 415 for another media type, a 405) with an
/// endpoint of its own that has no CORS policy, so those paths get the policy by path.
/// </summary>
public static class StorefrontCors
{
    public const string Policy = "storefront";

    public static IServiceCollection AddStorefrontCors(this IServiceCollection services) =>
        services.AddSingleton<StorefrontPaths>().AddCors(cors => cors.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin().AllowAnyHeader().WithMethods("POST").WithExposedHeaders("Retry-After")));

    /// <summary>Early in the pipeline, so injected faults, rate-limit 429s and refusals carry the headers too.</summary>
    public static WebApplication UseStorefrontCors(this WebApplication app)
    {
        app.UseCors();
        app.Use(async (http, next) =>
        {
            if (http.Request.Headers.Origin.Count > 0
                && http.GetEndpoint()?.Metadata.GetMetadata<ICorsMetadata>() is null
                && http.RequestServices.GetRequiredService<StorefrontPaths>().Contains(http.Request.Path))
            {
                var policy = await http.RequestServices.GetRequiredService<ICorsPolicyProvider>().GetPolicyAsync(http, Policy);
                var cors = http.RequestServices.GetRequiredService<ICorsService>();
                var result = cors.EvaluatePolicy(http, policy!);
                http.Response.OnStarting(() =>
                {
                    cors.ApplyResult(result, http.Response);
                    return Task.CompletedTask;
                });
            }

            await next(http);
        });
        return app;
    }

    public static RouteGroupBuilder AllowStorefrontOrigins(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } pattern })
            {
                endpoint.ApplicationServices.GetRequiredService<StorefrontPaths>().Add(pattern);
            }
        });
        return group.RequireCors(Policy);
    }
}

/// <summary>The storefront routes' paths (none has a parameter), matched as routing does, with or without a trailing slash.</summary>
internal sealed class StorefrontPaths
{
    private readonly ConcurrentDictionary<string, bool> _paths = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string pattern) => _paths[Key(pattern)] = true;

    public bool Contains(PathString path) => _paths.ContainsKey(Key(path.Value ?? string.Empty));

    private static string Key(string path) => "/" + path.Trim('/');
}
