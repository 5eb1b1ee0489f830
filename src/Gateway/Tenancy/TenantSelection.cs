using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Hosting;
using BackInStock.Gateway.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackInStock.Gateway.Tenancy;

/// <summary>
/// Picks the tenant a control-plane request acts on: the tenant of the API key (<c>apikey</c>), or the
/// tenant named in the <c>X-BackInStock-Tenant</c> header or the <c>tenant</c> query parameter. With one
/// tenant nothing needs naming. With several, a request that names none is a 400 listing them, never a
/// silent answer about the first one; only the health check, which readiness probes call bare, answers
/// for the first tenant then.
/// </summary>
public sealed class TenantSelection(TenantDirectory tenants)
{
    public const string Header = "X-BackInStock-Tenant";
    public const string QueryParameter = "tenant";

    private const string HealthOperation = "GetHealth";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HealthProbes.IsProbe(http.Request))
        {
            // A probe speaks for every tenant, whatever key or name it carries.
            return next(context);
        }

        Tenant? byKey = null;
        if (ApiKeyFilter.PresentedKey(http.Request.Headers) is { } key)
        {
            byKey = tenants.FindByApiKey(key);
            if (byKey is null)
            {
                return Answer(ApiKeyFilter.InvalidKey(http));
            }
        }

        var (named, source) = NamedTenant(http.Request);
        Tenant? byName = null;
        if (named is not null)
        {
            byName = tenants.All.FirstOrDefault(t => string.Equals(t.Id, named, StringComparison.OrdinalIgnoreCase));
            if (byName is null)
            {
                return Answer(Refuse(http, ErrorCatalogue.UnknownTenant, source!, $"names no configured tenant ('{named}')."));
            }

            if (byKey is not null && byKey != byName)
            {
                return Answer(Refuse(http, ErrorCatalogue.UnknownTenant, source!, $"names the tenant '{byName.Id}', but the API key belongs to another tenant."));
            }
        }

        var tenant = byKey ?? byName;
        if (tenant is null && tenants.All.Count > 1 && !IsHealthCheck(http))
        {
            return Answer(Refuse(http, ErrorCatalogue.TenantRequired, QueryParameter, $"is required: several tenants are configured; send their id in the '{Header}' header or the '{QueryParameter}' query parameter, or send their API key."));
        }

        var selected = http.RequestServices.GetRequiredService<TenantContext>();
        selected.Current = tenant ?? tenants.Default;
        selected.Named = tenant is not null;
        return next(context);
    }

    private static (string? Name, string? Source) NamedTenant(HttpRequest request)
    {
        if (request.Headers[Header].FirstOrDefault() is { Length: > 0 } header)
        {
            return (header, Header);
        }

        return request.Query[QueryParameter].FirstOrDefault() is { Length: > 0 } query ? (query, QueryParameter) : (null, null);
    }

    private static bool IsHealthCheck(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == HealthOperation;

    private JsonHttpResult<Problem> Refuse(HttpContext http, EmulatorError error, string field, string message)
    {
        var ids = tenants.All.Select(t => t.Id).ToList();
        var problem = Problems.Create(
            http,
            error,
            $"Name the tenant this request is for; configured tenants: {string.Join(", ", ids)}.",
            new Dictionary<string, List<string>> { [field] = [message] });
        problem.Tenants = ids;
        return Problems.Result(problem);
    }

    private static ValueTask<object?> Answer(object result) => ValueTask.FromResult<object?>(result);
}

/// <summary>Applies the tenant choice to a control-plane route group.</summary>
public static class TenantSelectionExtensions
{
    public static RouteGroupBuilder SelectsTenant(this RouteGroupBuilder group)
    {
        group.AddEndpointFilterFactory((factory, next) =>
        {
            var selection = new TenantSelection(factory.ApplicationServices.GetRequiredService<TenantDirectory>());
            return context => selection.InvokeAsync(context, next);
        });
        return group;
    }
}
