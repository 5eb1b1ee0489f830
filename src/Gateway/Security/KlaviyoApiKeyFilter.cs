using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Generated;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Security;

/// <summary>
/// Klaviyo's private-key check on /api/ routes: "Authorization: Klaviyo-API-Key your-private-api-key"
/// (Klaviyo's OpenAPI). Missing, a 401 "not_authenticated"; wrong, a 401 "authentication_failed"
/// (the codes observed from Klaviyo; the key itself is never echoed).
/// </summary>
public sealed class KlaviyoApiKeyFilter(IOptionsMonitor<KlaviyoOptions> options) : IEndpointFilter
{
    private const string Scheme = "Klaviyo-API-Key ";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.FirstOrDefault();
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse("not_authenticated", "Authentication credentials were not provided.", "Send the private key as 'Authorization: Klaviyo-API-Key <key>'.");
        }

        var key = header[Scheme.Length..].Trim();
        return options.CurrentValue.PrivateApiKeys.Contains(key, StringComparer.Ordinal)
            ? next(context)
            : Refuse("authentication_failed", "Incorrect authentication credentials.", "The private API key is not valid for this account.");
    }

    private static ValueTask<object?> Refuse(string code, string title, string detail) =>
        ValueTask.FromResult<object?>(KlaviyoErrorDialect.Result(StatusCodes.Status401Unauthorized, [KlaviyoErrorDialect.Error(StatusCodes.Status401Unauthorized, code, title, detail, new KlaviyoErrorSource { Parameter = "Authorization" })]));
}

/// <summary>The emulated Klaviyo account ("Klaviyo" section).</summary>
public sealed class KlaviyoOptions
{
    public const string Section = "Klaviyo";

    /// <summary>The key accepted when none is configured, so `make run` works out of the box.</summary>
    public const string DevelopmentKey = "pk_bisdev0000000000000000000000000000";

    /// <summary>Private keys accepted on /api/back-in-stock-subscriptions (Klaviyo's are "pk_" and 34 letters or digits).</summary>
    public List<string> PrivateApiKeys { get; set; } = [];
}

/// <summary>Applies the Klaviyo key check to a route group.</summary>
public static class KlaviyoApiKeyFilterExtensions
{
    public static RouteGroupBuilder RequireKlaviyoApiKey(this RouteGroupBuilder group) => group.AddEndpointFilter<RouteGroupBuilder, KlaviyoApiKeyFilter>();
}
