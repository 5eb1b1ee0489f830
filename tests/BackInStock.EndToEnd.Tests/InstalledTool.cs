using System.Diagnostics;

namespace BackInStock.EndToEnd.Tests;

/// <summary>
/// The gateway as `dotnet tool install` gives it to a user: packed from the built project into a folder of
/// this test's own, installed from there alone (no other package source, a package cache of its own, so a
/// stale 1.0.0 from an earlier run is never what runs) into a temporary tool path. Deleted with the test.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "bis-tool-" + Guid.NewGuid().ToString("N"));

    public string Command => Path.Combine(Directory, "tools", OperatingSystem.IsWindows() ? "backinstock.exe" : "backinstock");

    /// <summary>The built gateway assembly the package was made from.</summary>
    public static string BuiltAssembly => Path.Combine(RepositoryRoot(), "src", "Gateway", "bin", Configuration, "net10.0", "BackInStock.Gateway.dll");

    public async Task InitializeAsync()
    {
        var packages = Path.Combine(Directory, "packages");
        System.IO.Directory.CreateDirectory(packages);
        var nugetConfig = Path.Combine(Directory, "nuget.config");
        await File.WriteAllTextAsync(nugetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);

        var project = Path.Combine(RepositoryRoot(), "src", "Gateway", "BackInStock.Gateway.csproj");
        await DotnetAsync("pack", project, "-c", Configuration, "--no-build", "--nologo", "-v", "quiet", "-o", packages);
        await DotnetAsync("tool", "install", "BackInStock", "--tool-path", Path.Combine(Directory, "tools"), "--configfile", nugetConfig);
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }

    private async Task DotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(Directory, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var (exitCode, output, error) = await RunningProgram.RunToExitAsync(start, TimeSpan.FromMinutes(3));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited with {exitCode}:\n{output}\n{error}");
        }
    }

    private static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

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
