using System.Globalization;
using System.Threading.RateLimiting;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Security.Captcha;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Security;

/// <summary>
/// The accelerator endpoint is open by design (no key; storefronts call it from browsers), so it gets
/// what Voyado's page recommends around it: CORS for storefront origins, a per-client rate limit with
/// 429 and Retry-After ("Accelerator:RateLimit"), and a pluggable captcha ("Accelerator:Captcha").
/// </summary>
public static class StorefrontProtection
{
    private const string Policy = "storefront";

    public static IServiceCollection AddStorefrontProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorefrontRateLimit>(configuration.GetSection(StorefrontRateLimit.Section));
        services.AddCors(cors => cors.AddPolicy(Policy, policy => policy.AllowAnyOrigin().AllowAnyHeader().WithMethods("POST")));
        services.AddRateLimiter(limiter =>
        {
            // Options are read per request, not at registration, so configuration added later (tests, reloads) applies.
            limiter.AddPolicy(Policy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<StorefrontRateLimit>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 });
            });
            limiter.OnRejected = (context, _) =>
            {
                var settings = context.HttpContext.RequestServices.GetRequiredService<IOptions<StorefrontRateLimit>>().Value;
                var (limit, window) = (settings.PermitLimit, settings.Window);
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Problems.WriteAsync(context.HttpContext, ErrorCatalogue.TooManyRequests, $"At most {limit} subscribe calls per {window.TotalSeconds:0} s per client; retry after {seconds} s."));
            };
        });
        services.Configure<CaptchaOptions>(configuration.GetSection(CaptchaOptions.Section));
        services.AddHttpClient<SiteVerifyCaptcha>(http => http.Timeout = TimeSpan.FromSeconds(5));
        return services;
    }

    public static WebApplication UseStorefrontProtection(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    public static RouteGroupBuilder ProtectStorefront(this RouteGroupBuilder group)
    {
        group.RequireCors(Policy).RequireRateLimiting(Policy).AddEndpointFilter<CaptchaFilter>();
        return group;
    }

    /// <summary>CORS only, for storefront-facing vendor APIs that have no captcha of their own (Centra's Checkout API, Klaviyo's client API).</summary>
    public static RouteGroupBuilder AllowStorefrontOrigins(this RouteGroupBuilder group) => group.RequireCors(Policy);
}

/// <summary>The accelerator's per-client limit ("Accelerator:RateLimit"): PermitLimit calls per WindowSeconds.</summary>
public sealed class StorefrontRateLimit
{
    public const string Section = "Accelerator:RateLimit";

    public int PermitLimit { get; set; } = 30;

    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
