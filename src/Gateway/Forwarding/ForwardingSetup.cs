using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace BackInStock.Gateway.Forwarding;

/// <summary>The Engage client of forward mode: a total timeout around retries around a per-attempt timeout.</summary>
public static class ForwardingSetup
{
    public static IServiceCollection AddForwarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardOptions>(configuration.GetSection(ForwardOptions.Section));
        services.AddHttpClient(ForwardedResult.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            .AddResilienceHandler("engage", static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptionsMonitor<ForwardOptions>>().CurrentValue;
                pipeline
                    .AddTimeout(TimeSpan.FromSeconds(options.TotalTimeoutSeconds))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(options.MaxRetries, 0),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                        MaxDelay = TimeSpan.FromSeconds(options.MaxRetryDelaySeconds),
                        ShouldRetryAfterHeader = true,
                        ShouldHandle = static arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context)),
                    })
                    .AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
            });
        return services;
    }

    /// <summary>Refuses to start with forward settings that cannot work, naming the setting.</summary>
    /// <returns>Whether the settings can work; when not, the reason is printed and the caller exits with 2.</returns>
    public static bool CheckForwarding(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardOptions>>().Value.Problem() is { } problem)
        {
            Console.Error.WriteLine($"BackInStock cannot start: {problem}");
            return false;
        }

        return true;
    }

    /// <summary>
    /// A 429 was not processed, so any method may be sent again. A 5xx, a timeout or a broken connection
    /// may have been processed: only methods that are safe to repeat are retried, a POST is answered as it came.
    /// </summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        var failed = outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError } || outcome.Exception is HttpRequestException or TimeoutRejectedException;
        var method = context.GetRequestMessage()?.Method;
        return failed && (method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head);
    }
}
