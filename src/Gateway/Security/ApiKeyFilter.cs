using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Tenancy;

namespace BackInStock.Gateway.Security;

/// <summary>
/// Engage's API-key check, which also picks the tenant: the key travels in the <c>apikey</c> header
/// (<c>x-api-key</c> is accepted too, as one Voyado page uses it). On /api/v3 a key is required; on the
/// control plane it is optional and selects the tenant, the default tenant otherwise. A wrong key is a
/// 401 that names no tenant.
/// </summary>
public sealed class ApiKeyFilter(TenantDirectory tenants, bool required) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = PresentedKey(http.Request.Headers);
        if (presented is null)
        {
            return required
                ? ValueTask.FromResult<object?>(Problems.For(http, ErrorCatalogue.Unauthorized, "Send the API key in the 'apikey' header."))
                : next(context);
        }

        if (tenants.FindByApiKey(presented) is not { } tenant)
        {
            return ValueTask.FromResult<object?>(Problems.For(http, ErrorCatalogue.Unauthorized, "The API key in the 'apikey' header is not valid."));
        }

        http.RequestServices.GetRequiredService<TenantContext>().Current = tenant;
        return next(context);
    }

    public static string? PresentedKey(IHeaderDictionary headers) =>
        headers["apikey"].FirstOrDefault() ?? headers["x-api-key"].FirstOrDefault();
}

/// <summary>Applies the key check to a route group.</summary>
public static class ApiKeyFilterExtensions
{
    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group) => group.AddKeyFilter(required: true);

    public static RouteGroupBuilder AcceptApiKey(this RouteGroupBuilder group) => group.AddKeyFilter(required: false);

    private static RouteGroupBuilder AddKeyFilter(this RouteGroupBuilder group, bool required)
    {
        group.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = new ApiKeyFilter(factory.ApplicationServices.GetRequiredService<TenantDirectory>(), required);
            return context => filter.InvokeAsync(context, next);
        });
        return group;
    }
}
