using System.Globalization;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Errors;

namespace BackInStock.Gateway.Faults;

/// <summary>
/// Deterministic faults for testing a client's retries, chosen per request with the
/// <c>X-BackInStock-Fault</c> header (emulator-only): <c>latency=250</c> (ms, at most 30 s),
/// <c>status=429;retry-after=3</c>, <c>status=500</c>, <c>drop</c> (the connection is cut).
/// Parts combine with ";"; latency applies first.
/// </summary>
public static class FaultInjection
{
    public const string Header = "X-BackInStock-Fault";

    public static WebApplication UseFaultInjection(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Headers[Header].FirstOrDefault() is not { Length: > 0 } text)
            {
                await next(http);
                return;
            }

            if (Parse(text) is not { } fault)
            {
                await Dialects(http).WriteAsync(http, ErrorCatalogue.BadRequest, $"The {Header} header '{text}' is not understood: use latency=<ms>, status=<400-599>, retry-after=<s> or drop, separated by ';'.");
                return;
            }

            if (fault.Latency > TimeSpan.Zero)
            {
                await Task.Delay(fault.Latency, http.RequestAborted);
            }

            if (fault.Drop)
            {
                http.Abort();
                return;
            }

            if (fault.Status is { } status)
            {
                if (fault.RetryAfter is { } seconds)
                {
                    http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                await Dialects(http).WriteAsync(http, new EmulatorError("InjectedFault", status, "A fault was injected on request."), $"{Header}: {text}");
                return;
            }

            await next(http);
        });
        return app;
    }

    // A vendor route's client reads its vendor's error shape, injected or not.
    private static ErrorDialects Dialects(HttpContext http) => http.RequestServices.GetRequiredService<ErrorDialects>();

    private sealed record Fault(TimeSpan Latency, int? Status, int? RetryAfter, bool Drop);

    private static Fault? Parse(string text)
    {
        var fault = new Fault(TimeSpan.Zero, null, null, false);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = part.IndexOf('=', StringComparison.Ordinal) is var at and >= 0 ? (part[..at].Trim(), part[(at + 1)..].Trim()) : (part, "");
            var number = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
            fault = name.ToLowerInvariant() switch
            {
                "latency" when number is >= 0 and <= 30_000 => fault with { Latency = TimeSpan.FromMilliseconds(number.Value) },
                "status" when number is >= 400 and <= 599 => fault with { Status = number },
                "retry-after" when number is >= 0 and <= 86_400 => fault with { RetryAfter = number },
                "drop" when value.Length == 0 => fault with { Drop = true },
                _ => null,
            };
            if (fault is null)
            {
                return null;
            }
        }

        return fault;
    }
}
