using System.Net;
using System.Net.Http.Json;

namespace BackInStock.EndToEnd.Tests;

/// <summary>
/// The gateway process on a data file it cannot use: it exits with code 2 and one line naming the file and
/// the fix, never a stack trace; and one data file has one writer, however the side files are handled.
/// Tests run as root, which no read-only folder stops, so unwritable paths are a path under a regular file
/// and paths under /proc.
/// </summary>
public sealed class StoreStartupTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bis-startup-" + Guid.NewGuid().ToString("N"));

    public StoreStartupTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task A_data_file_under_a_regular_file_stops_start_up_with_code_2_and_one_line_naming_it()
    {
        var plainFile = Path.Combine(_directory, "plain-file");
        await File.WriteAllTextAsync(plainFile, "not a folder");
        var dataFile = Path.Combine(plainFile, "data.db");

        var (exitCode, output, error) = await RunningGateway.RunToExitAsync($"--Store:Path={dataFile}");

        exitCode.Should().Be(2);
        OneLine(output, error).Should().Contain(dataFile).And.Contain($"'{plainFile}' is a file, not a folder").And.Contain("--Store:Path");
    }

    [Theory]
    [InlineData("/proc/bis-no-such-folder/data.db")]
    [InlineData("/proc/self/data.db")]
    public async Task A_data_file_under_proc_stops_start_up_with_code_2_and_one_line_naming_it(string dataFile)
    {
        var (exitCode, output, error) = await RunningGateway.RunToExitAsync($"--Store:Path={dataFile}");

        exitCode.Should().Be(2);
        OneLine(output, error).Should().Contain(dataFile).And.Contain("cannot be created or opened for writing");
    }

    [Fact]
    public async Task A_dangling_symbolic_link_stops_start_up_with_code_2_naming_the_link_and_its_target()
    {
        var link = Path.Combine(_directory, "link.db");
        var target = Path.Combine(_directory, "moved-away.db");
        File.CreateSymbolicLink(link, target);

        var (exitCode, output, error) = await RunningGateway.RunToExitAsync($"--Store:Path={link}");

        exitCode.Should().Be(2);
        OneLine(output, error).Should().Contain(link).And.Contain(target).And.Contain("does not exist");
    }

    [Fact]
    public async Task A_failure_in_the_work_start_up_does_on_a_data_file_is_code_2_and_one_line_naming_the_file()
    {
        var dataFile = Path.Combine(_directory, "data.db");
        var feeds = Path.Combine(_directory, "no-such-feeds");

        var (exitCode, output, error) = await RunningGateway.RunToExitAsync($"--Store:Path={dataFile}", $"--Emulator:FeedsPath={feeds}");

        exitCode.Should().Be(2);
        OneLine(output, error).Should().Contain(dataFile).And.Contain(feeds);
    }

    [Fact]
    public async Task Any_other_start_up_failure_is_code_2_and_one_line_too()
    {
        var feeds = Path.Combine(_directory, "feeds");
        Directory.CreateDirectory(feeds);
        await File.WriteAllTextAsync(Path.Combine(feeds, "de-DE.json"), """[{ "title": "no id" }]""");

        var (exitCode, output, error) = await RunningGateway.RunToExitAsync($"--Store:Path={Path.Combine(_directory, "data.db")}", $"--Emulator:FeedsPath={feeds}");

        exitCode.Should().Be(2);
        OneLine(output, error).Should().Contain("de-DE.json");
    }

    [Fact]
    public async Task A_second_gateway_on_the_same_data_file_is_refused_even_after_the_side_lock_file_is_removed()
    {
        var dataFile = Path.Combine(_directory, "shared.db");
        var link = Path.Combine(_directory, "shared-link.db");
        var first = new RunningGateway($"--Store:Path={dataFile}");
        await first.InitializeAsync();
        try
        {
            // The reproducer: the lock used to be this side file, and removing it let a second writer in.
            File.Delete(dataFile + "-lock");
            File.CreateSymbolicLink(link, dataFile);

            var direct = await RunningGateway.RunToExitAsync($"--Store:Path={dataFile}");
            var linked = await RunningGateway.RunToExitAsync($"--Store:Path={link}");

            direct.ExitCode.Should().Be(2);
            OneLine(direct.Output, direct.Error).Should().Contain(dataFile).And.Contain("in use by another BackInStock process");
            linked.ExitCode.Should().Be(2, "a link to a file in use leads to the same file");
            using var http = first.CreateClient();
            http.DefaultRequestHeaders.Add("apikey", RunningGateway.ApiKey);
            (await http.PostAsJsonAsync("/api/v3/contacts", new { email = "first-writer@example.com" })).StatusCode.Should().Be(HttpStatusCode.Created, "the first gateway keeps its file");
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    /// <summary>What the user sees: nothing on standard output, one line on standard error, no stack trace.</summary>
    private static string OneLine(string output, string error)
    {
        output.Should().BeEmpty();
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().ContainSingle(error).Which.Should().StartWith("BackInStock cannot start: ");
        return lines[0];
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
