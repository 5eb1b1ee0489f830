using Microsoft.AspNetCore.Connections;

namespace BackInStock.Gateway.Hosting;

/// <summary>
/// A gateway that cannot start listening says why in one line and exits with code 2: a port in use names
/// its URL and the fix. The host would log the same failure with a stack trace first; that log entry is held
/// back until the gateway has started, after which the host's errors are logged as usual.
/// </summary>
public static class StartFailures
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static WebApplicationBuilder ExplainStartFailures(this WebApplicationBuilder builder)
    {
        var started = new Started();
        builder.Services.AddSingleton(started);
        builder.Logging.AddFilter(HostCategory, level => level >= LogLevel.Information && (started.Value || level < LogLevel.Error));
        return builder;
    }

    /// <summary>Serves until shutdown (exit code 0), or explains why it could not start listening (2).</summary>
    public static int Serve(this WebApplication app)
    {
        var started = app.Services.GetService<Started>() ?? new Started();
        app.Lifetime.ApplicationStarted.Register(() => started.Value = true);
        try
        {
            app.Run();
            return 0;
        }
        catch (IOException failure) when (failure.InnerException is AddressInUseException)
        {
            var url = Address(failure.Message) ?? app.Configuration["urls"] ?? "the address";
            Console.Error.WriteLine($"BackInStock cannot start: {url} is already in use (another BackInStock gateway, or another program, listens there). Stop it, or choose another port with --port <port> (or another address with --urls <url>).");
            return 2;
        }
        catch (Exception failure) when (!started.Value && failure is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"BackInStock cannot start: {failure.GetType().Name}: {failure.Message.ReplaceLineEndings(" ")}");
            return 2;
        }
    }

    // Kestrel's message names the address as configured: "Failed to bind to address http://127.0.0.1:5080: address already in use."
    private static string? Address(string message)
    {
        const string Before = "bind to address ", After = ": address already in use";
        var start = message.IndexOf(Before, StringComparison.OrdinalIgnoreCase);
        var end = message.IndexOf(After, StringComparison.OrdinalIgnoreCase);
        return start >= 0 && end > start + Before.Length ? message[(start + Before.Length)..end] : null;
    }

    private sealed class Started
    {
        public volatile bool Value;
    }
}
