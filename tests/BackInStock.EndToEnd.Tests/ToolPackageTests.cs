using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace BackInStock.EndToEnd.Tests;

/// <summary>
/// `dotnet tool install BackInStock`, then `backinstock` from a folder of the user's: the package carries
/// the generated code, the dashboard, appsettings.json and the contract, and the tool finds them from anywhere.
/// </summary>
public sealed class ToolPackageTests(InstalledTool tool) : IClassFixture<InstalledTool>, IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("bis-tool-scratch-").FullName;

    [Fact]
    public async Task The_installed_tool_prints_the_assemblys_version()
    {
        var (exitCode, output, error) = await RunningProgram.RunToExitAsync(
            new ProcessStartInfo(tool.Command, ["--version"]) { WorkingDirectory = _scratch }, TimeSpan.FromSeconds(30));

        exitCode.Should().Be(0, error);
        output.Trim().Should().Be(FileVersionInfo.GetVersionInfo(InstalledTool.BuiltAssembly).ProductVersion).And.MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task The_installed_tool_serves_readyz_the_dashboard_and_the_contract_from_a_scratch_folder()
    {
        var port = RunningGateway.FreePort();
        using var gateway = await RunningProgram.StartAsync(
            new ProcessStartInfo(tool.Command, ["run", "--in-memory", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { WorkingDirectory = _scratch },
            new Uri($"http://localhost:{port}"));
        using var http = new HttpClient { BaseAddress = gateway.BaseAddress };

        var dashboard = await http.GetAsync(new Uri("/", UriKind.Relative));
        dashboard.StatusCode.Should().Be(HttpStatusCode.OK, "wwwroot is in the package");
        (await dashboard.Content.ReadAsStringAsync()).Should().Contain("BackInStock");
        (await http.GetAsync(new Uri("/openapi/contract.yaml", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "the contract is in the package");
        http.DefaultRequestHeaders.Add("apikey", RunningGateway.ApiKey);
        (await http.PostAsJsonAsync("/api/v3/contacts", new { email = "tool@example.com" })).StatusCode
            .Should().Be(HttpStatusCode.Created, "appsettings.json and its dev key are in the package, and the generated routes answer");
        Directory.EnumerateFileSystemEntries(_scratch).Should().BeEmpty("an in-memory gateway writes nothing where it was started");
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}
