using BackInStock.Gateway.Cli;

namespace BackInStock.Gateway.Tests.CommandLine;

/// <summary>Runs the commands that talk to a running gateway (health, import): they must never build one themselves.</summary>
internal static class ClientCommands
{
    public static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var gateway = new GatewayComposition(
            _ => throw new InvalidOperationException($"{args[0]} builds no gateway."),
            _ => throw new InvalidOperationException($"{args[0]} builds no gateway."));
        var exitCode = GatewayCommandLine.Invoke(args, gateway, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
