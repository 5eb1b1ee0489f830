using System.Globalization;
using System.Threading.RateLimiting;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Security.Captcha;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Security;

/// <summary>
/// The anonymous endpoints are open by design (no key; storefronts call them from browsers), so they get
/// what Voyado's page recommends around the accelerator: CORS for storefront origins, a per-client rate
/// limit with 429 and Retry-After ("Accelerator:RateLimit", on each anonymous route), and on the
/// accelerator a pluggable captcha ("Accelerator:Captcha"). Centra's and Klaviyo's storefront APIs get
/// the same limit, answered in their own error dialect.
/// </summary>
public static class StorefrontProtection
{
    private const string Policy = StorefrontCors.Policy;

    public static IServiceCollection AddStorefrontProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorefrontRateLimit>(configuration.GetSection(StorefrontRateLimit.Section));
        services.AddStorefrontCors();
        services.AddRateLimiter(limiter =>
        {
            // Options are read per request, not at registration, so configuration added later (tests, reloads) applies.
            limiter.AddPolicy(Policy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<StorefrontRateLimit>>().Value;
                // Per client and route: a storefront using two of the open APIs does not spend one's budget on the other.
                var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                return RateLimitPartition.GetFixedWindowLimiter(
                    $"{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"} {route}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 });
            });
            limiter.OnRejected = (context, _) =>
            {
                var settings = context.HttpContext.RequestServices.GetRequiredService<IOptions<StorefrontRateLimit>>().Value;
                var (limit, window) = (settings.PermitLimit, settings.Window);
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var detail = $"At most {limit} calls per {window.TotalSeconds:0} s per client on this route; retry after {seconds} s.";
                return new ValueTask(context.HttpContext.RequestServices.GetRequiredService<ErrorDialects>().WriteAsync(context.HttpContext, ErrorCatalogue.TooManyRequests, detail));
            };
        });
        services.Configure<CaptchaOptions>(configuration.GetSection(CaptchaOptions.Section));
        services.AddHttpClient<SiteVerifyCaptcha>(http => http.Timeout = TimeSpan.FromSeconds(5));
        return services;
    }

    public static WebApplication UseStorefrontProtection(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>CORS and the rate limit, for every storefront-facing route.</summary>
    public static RouteGroupBuilder ProtectStorefrontApi(this RouteGroupBuilder group) => group.AllowStorefrontOrigins().RequireRateLimiting(Policy);

    /// <summary>The pluggable captcha, on the accelerator (Voyado's page recommends one; Centra's and Klaviyo's APIs have none).</summary>
    public static RouteGroupBuilder RequireCaptcha(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<CaptchaFilter>();
        return group;
    }
}

/// <summary>The per-client limit on each anonymous route ("Accelerator:RateLimit", named after the first such route): PermitLimit calls per WindowSeconds.</summary>
public sealed class StorefrontRateLimit
{
    public const string Section = "Accelerator:RateLimit";

    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
