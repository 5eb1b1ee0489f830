using System.Diagnostics;
using System.Net;

namespace BackInStock.EndToEnd.Tests;

/// <summary>
/// A program started as a user would start it (an installed tool, a published binary), bounded in time and
/// ended by its own PID, never by name.
/// </summary>
public sealed class RunningProgram : IDisposable
{
    private readonly Process _process;

    private RunningProgram(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts a server on <paramref name="baseAddress"/> and waits (30 s at most) until its /readyz answers 200.</summary>
    public static async Task<RunningProgram> StartAsync(ProcessStartInfo start, Uri baseAddress)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var running = new RunningProgram(process, baseAddress);
        try
        {
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{start.FileName} exited with code {process.ExitCode} before it was ready:\n{output}");
                }

                try
                {
                    if ((await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    {
                        return running;
                    }
                }
                catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(200);
            }

            throw new TimeoutException($"{start.FileName} was not ready within 30 s:\n{output}");
        }
        catch
        {
            running.Dispose();
            throw;
        }
    }

    /// <summary>Runs a program to its end; one still running after <paramref name="timeout"/> is ended and counts as a failure.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToExitAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} was still running after {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
