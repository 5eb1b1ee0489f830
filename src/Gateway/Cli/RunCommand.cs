using System.CommandLine;
using BackInStock.Gateway.Forwarding;
using BackInStock.Gateway.Hosting;

namespace BackInStock.Gateway.Cli;

/// <summary>
/// <c>run</c>, also what no command means: starts the gateway. Exit code 2 when it cannot start (a data file
/// it cannot use, a port in use, forward settings that cannot work), each told in one line.
/// </summary>
public static class RunCommand
{
    public const string Name = "run";

    /// <summary>Where the gateway listens unless --port or the configuration (urls, http_ports, Kestrel endpoints) says otherwise.</summary>
    public const int DefaultPort = 5080;

    public static Command Create(GatewayComposition gateway, string[] configuration)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = $"Listen on http://localhost:<port> (default {DefaultPort}; --urls <url> for any other address).",
            HelpName = "port",
        };
        port.Validators.Add(result =>
        {
            // A token that is no number at all is reported by the parser itself.
            if (int.TryParse(result.Tokens.Count > 0 ? result.Tokens[^1].Value : null, System.Globalization.CultureInfo.InvariantCulture, out var chosen) && chosen is < 1 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535.");
            }
        });

        var emulator = new EmulatorArguments();
        var command = new Command(Name, "Start the gateway: Engage's API with the in-process emulator, its control plane and the dashboard.")
        {
            port,
        };
        emulator.AddTo(command);
        command.SetAction(parse =>
        {
            var builder = GatewayComposition.CreateBuilder(configuration, settings =>
            {
                var all = emulator.Settings(parse, settings);
                if (parse.GetResult(port) is not null)
                {
                    all["urls"] = $"http://localhost:{parse.GetValue(port)}";
                }
                else if (!Listens(settings))
                {
                    all["urls"] = $"http://localhost:{DefaultPort}";
                }

                return all;
            });
            builder.ExplainStartFailures();
            gateway.AddServices(builder);
            var app = builder.Build();

            // Exit code 2, naming the cause: a data file that cannot be opened, forward settings that cannot work.
            if (!app.OpenTenants() || !app.CheckForwarding())
            {
                return 2;
            }

            gateway.UsePipeline(app);

            // Printed by the command, not the pipeline: a gateway hosted inside a test run says nothing.
            app.PrintStartupBanner();
            return app.Serve();
        });
        return command;
    }

    private static bool Listens(IConfiguration configuration) =>
        configuration["urls"] is { Length: > 0 } || configuration["http_ports"] is { Length: > 0 } || configuration["https_ports"] is { Length: > 0 }
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
