using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackInStock.EndToEnd.Tests;

/// <summary>
/// The built gateway dll, started on a free loopback port with an in-memory store, as `make run` would
/// start it; a browser cannot reach WebApplicationFactory's in-process server. Ended by its PID.
/// </summary>
public sealed class RunningGateway(params string[] arguments) : IAsyncLifetime
{
    public const string ApiKey = "bis-dev-key-0000";

    private Process? _process;

    /// <summary>With no arguments the store is in memory; pass --Store:Path=... for a file.</summary>
    public RunningGateway()
        : this("--Store:InMemory=true")
    {
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    /// <summary>
    /// When set, the gateway starts in this folder without --contentRoot, as a user would start it from
    /// anywhere: it must find its dashboard, appsettings.json and dev key from its own location.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The gateway has not started.");

    public string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        // A port picked free can be taken by another test's connection before the gateway binds it; the gateway
        // then refuses to start with its one-line "is already in use", and a new port is tried (at most three).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartAsync();
                return;
            }
            catch (PortTakenException) when (attempt < 3)
            {
            }
        }
    }

    private async Task StartAsync()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var gatewayDirectory = Path.Combine(RepositoryRoot(), "src", "Gateway", "bin", configuration, "net10.0");
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(gatewayDirectory, "BackInStock.Gateway.dll"), "--urls", BaseAddress.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (WorkingDirectory is null)
        {
            start.ArgumentList.Add("--contentRoot");
            start.ArgumentList.Add(gatewayDirectory);
        }
        else
        {
            start.WorkingDirectory = WorkingDirectory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process = Process.Start(start) ?? throw new InvalidOperationException("The gateway did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) errors.Enqueue(text); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            await WaitUntilReadyAsync(_process, errors);
            Directory.CreateDirectory(ScreenshotDirectory);
        }
        catch
        {
            // A gateway that never became ready is not left running: no test would end it.
            KillHard();
            throw;
        }
    }

    private sealed class PortTakenException(string message) : InvalidOperationException(message);

    private async Task WaitUntilReadyAsync(Process process, System.Collections.Concurrent.ConcurrentQueue<string> errors)
    {
        // A slow first answer (JIT, demo catalog, a busy CI machine) is waited for, not taken as a failure.
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/emulator/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or not answering yet.
            }

            if (process.HasExited)
            {
                process.WaitForExit(); // the rest of its error output
                var said = string.Join(Environment.NewLine, errors);
                var message = $"The gateway exited with code {process.ExitCode} before it was ready: {said}";
                throw process.ExitCode == 2 && said.Contains("is already in use", StringComparison.Ordinal)
                    ? new PortTakenException(message)
                    : new InvalidOperationException(message);
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The gateway was not ready within 30 s.");
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// Starts the gateway with <paramref name="arguments"/> and waits for it to exit, for start-ups that must
    /// fail; one that is still running after the timeout is ended by its PID and counts as a failure to fail.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToExitAsync(params string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var gatewayDirectory = Path.Combine(RepositoryRoot(), "src", "Gateway", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(gatewayDirectory, "BackInStock.Gateway.dll"), "--contentRoot", gatewayDirectory, "--urls", $"http://127.0.0.1:{FreePort()}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The gateway did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The gateway was still running after 30 s; it was expected to refuse to start.");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>kill -9: no shutdown, no flush beyond what was already committed.</summary>
    public void KillHard()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public Task DisposeAsync()
    {
        KillHard();
        _process?.Dispose();
        return Task.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackInStock.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BackInStock.sln not found above the test output.");
    }
}
