using System.CommandLine;
using System.Globalization;
using BackInStock.Gateway.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace BackInStock.Gateway.Cli;

/// <summary>
/// <c>health</c>: asks a running gateway's <c>/readyz</c>; exit code 0 when it is ready, 1 when it is not or
/// nothing answers. A container's HEALTHCHECK runs it, as its base image has no curl. With no --url or --port
/// it asks where a <c>run</c> with the same settings (urls, ASPNETCORE_URLS, http_ports) would listen.
/// </summary>
public static class HealthCommand
{
    public const string Name = "health";

    public static Command Create(string[] configuration)
    {
        var url = new Option<Uri>("--url")
        {
            Description = "The gateway's base address (default: where run would listen with the same settings).",
            HelpName = "url",
            CustomParser = GatewayUrl.Parse,
        };
        var port = new Option<int>("--port", "-p")
        {
            Description = "Ask http://localhost:<port>.",
            HelpName = "port",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds to wait for the answer.",
            HelpName = "seconds",
            DefaultValueFactory = _ => 5,
        };
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 300)
            {
                result.AddError("--timeout must be between 1 and 300 seconds.");
            }
        });

        var command = new Command(Name, $"Ask a running gateway whether it is ready ({HealthProbes.Readiness}); exit code 0 when it is, 1 when not.")
        {
            url,
            port,
            timeout,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(url) is not null && result.GetResult(port) is not null)
            {
                result.AddError("--url and --port exclude each other.");
            }
        });
        command.SetAction(async (parse, cancellation) =>
        {
            var settings = new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(configuration).Build();
            var target = new Uri(Target(parse.GetValue(url), parse.GetResult(port) is null ? null : parse.GetValue(port), settings), HealthProbes.Readiness);
            return await ProbeAsync(target, TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.InvocationConfiguration, cancellation);
        });
        return command;
    }

    /// <summary>The base address to ask: the one given, else the first the settings make a run listen on, a wildcard host as 127.0.0.1.</summary>
    public static Uri Target(Uri? url, int? port, IConfiguration settings)
    {
        if (url is not null)
        {
            return url;
        }

        if (port is not null)
        {
            return new Uri($"http://localhost:{port.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        if (First(settings["urls"]) is { } listen)
        {
            var address = BindingAddress.Parse(listen);
            var host = address.Host is "+" or "*" or "0.0.0.0" or "[::]" ? "127.0.0.1" : address.Host;
            return new UriBuilder(address.Scheme, host, address.Port).Uri;
        }

        return int.TryParse(First(settings["http_ports"]), NumberStyles.None, CultureInfo.InvariantCulture, out var httpPort)
            ? new Uri($"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}")
            : new Uri($"http://localhost:{RunCommand.DefaultPort.ToString(CultureInfo.InvariantCulture)}");
    }

    private static string? First(string? list) =>
        list?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static async Task<int> ProbeAsync(Uri target, TimeSpan timeout, InvocationConfiguration console, CancellationToken cancellation)
    {
        // No proxy: the gateway is on this machine (or in this container), whatever HTTP_PROXY says.
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(target, cancellation);
            if (response.IsSuccessStatusCode)
            {
                await console.Output.WriteLineAsync($"ready: {target}");
                return 0;
            }

            await console.Error.WriteLineAsync($"not ready: {target} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            return 1;
        }
        catch (Exception unreachable) when (unreachable is HttpRequestException or TaskCanceledException)
        {
            var reason = unreachable is TaskCanceledException ? $"no answer within {timeout.TotalSeconds:0} s" : unreachable.Message;
            await console.Error.WriteLineAsync($"not ready: {target}: {reason}.");
            return 1;
        }
    }
}
