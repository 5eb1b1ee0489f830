using Microsoft.AspNetCore.Http.HttpResults;
using BackInStock.Gateway.Generated;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Tenancy;

namespace BackInStock.Gateway.Security;

/// <summary>
/// Engage's API-key check on /api/v3, which also picks the tenant: the key travels in the <c>apikey</c>
/// header (<c>x-api-key</c> is accepted too, as one Voyado page uses it). A missing or wrong key is a 401
/// that names no tenant. (The control plane picks its tenant in <see cref="TenantSelection"/>.)
/// </summary>
public sealed class ApiKeyFilter(TenantDirectory tenants) : IEndpointFilter
{
    public const string Header = "apikey";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = PresentedKey(http.Request.Headers);
        if (presented is null)
        {
            return ValueTask.FromResult<object?>(Problems.For(http, ErrorCatalogue.Unauthorized, "Send the API key in the 'apikey' header."));
        }

        if (tenants.FindByApiKey(presented) is not { } tenant)
        {
            return ValueTask.FromResult<object?>(InvalidKey(http));
        }

        http.RequestServices.GetRequiredService<TenantContext>().Current = tenant;
        return next(context);
    }

    /// <summary>The 401 for a key that belongs to no tenant; it names no tenant, wherever the key was presented.</summary>
    public static JsonHttpResult<Problem> InvalidKey(HttpContext http) =>
        Problems.For(http, ErrorCatalogue.Unauthorized, "The API key in the 'apikey' header is not valid.");

    public static string? PresentedKey(IHeaderDictionary headers) =>
        headers[Header].FirstOrDefault() ?? headers["x-api-key"].FirstOrDefault();
}

/// <summary>Applies the key check to a route group.</summary>
public static class ApiKeyFilterExtensions
{
    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group)
    {
        group.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = new ApiKeyFilter(factory.ApplicationServices.GetRequiredService<TenantDirectory>());
            return context => filter.InvokeAsync(context, next);
        });
        return group;
    }
}
