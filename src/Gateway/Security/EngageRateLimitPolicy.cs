using System.Globalization;
using System.Threading.RateLimiting;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Security;

/// <summary>
/// <see cref="EngageRateLimit"/> as a rate-limiter policy: a one-second window per API key, answered as
/// Engage answers a 429 (its error fields, <c>Retry-After</c>). Only a key that opens a tenant gets a
/// budget; any other request passes on to the key filter, which answers it 401, so guessed keys cannot
/// fill memory with windows.
/// </summary>
public sealed class EngageRateLimitPolicy : IRateLimiterPolicy<string>
{
    public const string Name = "engage-api-key";

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = Reject;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        // Options are read per request, as the storefront limit does, so configuration added later applies.
        var settings = Settings(httpContext);
        var key = ApiKeyFilter.PresentedKey(httpContext.Request.Headers);
        if (!settings.On || string.IsNullOrEmpty(key) || httpContext.RequestServices.GetRequiredService<TenantDirectory>().FindByApiKey(key) is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetFixedWindowLimiter(
            key, _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitsPerSecond, Window = Window, QueueLimit = 0 });
    }

    private static EngageRateLimit Settings(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<EngageRateLimit>>().Value;

    private static ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var detail = $"At most {Settings(http).PermitsPerSecond} requests per second per API key, as Engage allows; retry after {seconds} s.";
        return new ValueTask(http.RequestServices.GetRequiredService<ErrorDialects>().WriteAsync(http, ErrorCatalogue.TooManyRequests, detail));
    }
}

/// <summary>Registers Engage's rate limit and applies it to a route group.</summary>
public static class EngageRateLimitExtensions
{
    public static IServiceCollection AddEngageRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EngageRateLimit>(configuration.GetSection(EngageRateLimit.Section));
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, EngageRateLimitPolicy>(EngageRateLimitPolicy.Name));
        return services;
    }

    public static RouteGroupBuilder RequireEngageRateLimit(this RouteGroupBuilder group) => group.RequireRateLimiting(EngageRateLimitPolicy.Name);
}
