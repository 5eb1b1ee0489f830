using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace BackInStock.EndToEnd.Tests;

/// <summary>
/// The built gateway as a user starts it: from any folder, asked for its version or help, on a port or a data
/// file another process holds. Each start is bounded in time and ended by its own PID.
/// </summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bis-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineProcessTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task Version_prints_the_assemblys_informational_version_and_exits_0()
    {
        var (exitCode, output, error) = await RunningGateway.RunToExitAsync("--version");

        exitCode.Should().Be(0, error);
        var dll = Path.Combine(Path.GetDirectoryName(typeof(RunningGateway).Assembly.Location)!, "..", "..", "..", "..", "..", "src", "Gateway", "bin", Configuration, "net10.0", "BackInStock.Gateway.dll");
        output.Trim().Should().Be(FileVersionInfo.GetVersionInfo(dll).ProductVersion).And.MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Theory]
    [InlineData("--help", "backinstock [command] [options]")]
    [InlineData("run --help", "backinstock run [options]")]
    [InlineData("validate --help", "backinstock validate <file> [options]")]
    public async Task Help_prints_usage_and_exits_0_without_starting_a_server(string arguments, string usage)
    {
        var (exitCode, output, error) = await RunningGateway.RunToExitAsync(arguments.Split(' '));

        exitCode.Should().Be(0, error);
        output.Should().Contain(usage).And.NotContain("Now listening");
    }

    [Fact]
    public async Task An_unknown_option_is_exit_2_with_a_message_and_no_server()
    {
        var (exitCode, output, error) = await RunningGateway.RunToExitAsync("--prot", "5081");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("Unrecognized command or argument '--prot'").And.Contain("backinstock run --help");
    }

    [Fact]
    public async Task Started_from_a_scratch_folder_it_serves_the_dashboard_and_accepts_the_dev_key()
    {
        await using var gateway = new RunningGateway("run", "--in-memory") { WorkingDirectory = _directory };
        await gateway.InitializeAsync();
        using var http = gateway.CreateClient();

        var dashboard = await http.GetAsync(new Uri("/", UriKind.Relative));
        dashboard.StatusCode.Should().Be(HttpStatusCode.OK, "wwwroot is found beside the executable");
        (await dashboard.Content.ReadAsStringAsync()).Should().Contain("BackInStock");
        (await http.GetAsync(new Uri("/demo/product.html", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        http.DefaultRequestHeaders.Add("apikey", RunningGateway.ApiKey);
        (await http.PostAsJsonAsync("/api/v3/contacts", new { email = "scratch@example.com" })).StatusCode
            .Should().Be(HttpStatusCode.Created, "appsettings.json, and its dev key, are read from beside the executable");
        Directory.EnumerateFileSystemEntries(_directory).Should().BeEmpty("an in-memory gateway writes nothing where it was started");
    }

    [Fact]
    public async Task A_port_in_use_is_exit_2_and_one_line_naming_the_url_and_the_fix()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var (exitCode, output, error) = await RunningGateway.RunToExitAsync("--in-memory", "--urls", $"http://127.0.0.1:{port}");

        exitCode.Should().Be(2);
        OneLine(output, error).Should().Contain($"http://127.0.0.1:{port} is already in use").And.Contain("--port <port>");
    }

    [Fact]
    public async Task A_data_file_held_by_a_running_gateway_is_exit_2_and_one_line_naming_its_pid_and_url()
    {
        var dataFile = Path.Combine(_directory, "held.db");
        await using var first = new RunningGateway("--data", dataFile);
        await first.InitializeAsync();
        // The holder names its address once the host says it has started, which can come just after its first answer.
        var servedAt = first.BaseAddress.GetLeftPart(UriPartial.Authority);
        for (var waited = 0; waited < 100 && !(File.Exists(dataFile + "-owner") && (await File.ReadAllTextAsync(dataFile + "-owner")).Contains(servedAt, StringComparison.Ordinal)); waited++)
        {
            await Task.Delay(100);
        }

        var (exitCode, output, error) = await RunningGateway.RunToExitAsync("--data", dataFile);

        exitCode.Should().Be(2);
        OneLine(output, error).Should().Contain(dataFile).And.Contain("in use by another BackInStock process")
            .And.Contain($"PID {first.ProcessId}, serving {first.BaseAddress.GetLeftPart(UriPartial.Authority)}")
            .And.Contain($"kill {first.ProcessId}").And.Contain("--data <file>");
    }

    [Fact]
    public async Task Validate_runs_from_the_command_line_and_reports_by_json_path()
    {
        var payload = Path.Combine(_directory, "stock.json");
        await File.WriteAllTextAsync(payload, """[{ "sku": "A-1", "quantiy": 5 }]""");

        var (exitCode, output, error) = await RunningGateway.RunToExitAsync("validate", "--in-memory", "-o", "UpdateStockLevels", payload);

        exitCode.Should().Be(1, error);
        output.Should().Contain("$[0].quantity");
    }

    /// <summary>What the user sees: nothing on standard output, one line on standard error, no stack trace.</summary>
    private static string OneLine(string output, string error)
    {
        output.Should().BeEmpty();
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle(error).Which.Should().StartWith("BackInStock cannot start: ");
        return lines[0];
    }

    private static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
