using System.Security.Cryptography;
using System.Text;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Security;

/// <summary>
/// Engage's API-key check: the key travels in the <c>apikey</c> header (<c>x-api-key</c> is accepted
/// too, as one Voyado partner page uses it). A missing or wrong key is a 401 that names no tenant.
/// </summary>
public sealed class ApiKeyFilter(IOptions<GatewayOptions> options) : IEndpointFilter
{
    private readonly byte[][] _keys = options.Value.ApiKeys.Select(Encoding.UTF8.GetBytes).ToArray();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Request.Headers;
        var presented = headers["apikey"].FirstOrDefault() ?? headers["x-api-key"].FirstOrDefault();
        if (presented is null)
        {
            return ValueTask.FromResult<object?>(Problems.For(context.HttpContext, ErrorCatalogue.Unauthorized, "Send the API key in the 'apikey' header."));
        }

        if (!IsKnown(presented))
        {
            return ValueTask.FromResult<object?>(Problems.For(context.HttpContext, ErrorCatalogue.Unauthorized, "The API key in the 'apikey' header is not valid."));
        }

        return next(context);
    }

    private bool IsKnown(string presented)
    {
        var bytes = Encoding.UTF8.GetBytes(presented);
        var known = false;
        foreach (var key in _keys)
        {
            // Compare against every key, in constant time, so timing reveals neither which nor how much matched.
            known |= CryptographicOperations.FixedTimeEquals(bytes, key);
        }

        return known;
    }
}
