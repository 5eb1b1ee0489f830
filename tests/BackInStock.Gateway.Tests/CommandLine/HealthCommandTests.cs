using BackInStock.Gateway.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace BackInStock.Gateway.Tests.CommandLine;

/// <summary>
/// <c>backinstock health</c>, the container's HEALTHCHECK: exit code 0 only when <c>/readyz</c> answers with
/// success, and it asks where <c>run</c> would listen with the same settings.
/// </summary>
[Collection(CommandLineTestGroup.Name)]
public sealed class HealthCommandTests
{
    [Fact]
    public async Task A_ready_gateway_is_exit_0()
    {
        var server = await LoopbackServer.StartAsync(app => app.MapGet("/readyz", () => Results.Text("ready")));
        try
        {
            var (exitCode, output, error) = ClientCommands.Invoke("health", "--url", server.BaseUrl().ToString());

            exitCode.Should().Be(0, error);
            output.Should().Be($"ready: {new Uri(server.BaseUrl(), "/readyz")}{Environment.NewLine}");
        }
        finally
        {
            await server.StopAndDisposeAsync();
        }
    }

    [Fact]
    public async Task A_gateway_that_is_not_ready_is_exit_1_naming_the_status()
    {
        var server = await LoopbackServer.StartAsync(app => app.MapGet("/readyz", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable)));
        try
        {
            var (exitCode, output, error) = ClientCommands.Invoke("health", "--url", server.BaseUrl().ToString());

            exitCode.Should().Be(1);
            output.Should().BeEmpty();
            error.Should().StartWith("not ready: ").And.Contain("answered 503");
        }
        finally
        {
            await server.StopAndDisposeAsync();
        }
    }

    [Fact]
    public void Nothing_listening_is_exit_1_and_one_line()
    {
        var (exitCode, output, error) = ClientCommands.Invoke("health", "--port", ClientCommands.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), "--timeout", "3");

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().StartWith("not ready: http://localhost:");
    }

    [Theory]
    [InlineData(new[] { "--urls", "http://+:5080" }, "http://127.0.0.1:5080/")]
    [InlineData(new[] { "--urls", "http://0.0.0.0:6000;http://localhost:6001" }, "http://127.0.0.1:6000/")]
    [InlineData(new[] { "--urls", "http://localhost:5099" }, "http://localhost:5099/")]
    [InlineData(new[] { "--http_ports", "8080" }, "http://127.0.0.1:8080/")]
    [InlineData(new string[0], "http://localhost:5080/")]
    public void With_no_url_it_asks_where_run_would_listen_a_wildcard_as_loopback(string[] configuration, string expected)
    {
        var settings = new ConfigurationBuilder().AddCommandLine(configuration).Build();

        HealthCommand.Target(null, null, settings).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData(new[] { "health", "--url", "ftp://example" }, "--url takes an http or https address")]
    [InlineData(new[] { "health", "--url", "http://localhost:1", "--port", "2" }, "--url and --port exclude each other")]
    [InlineData(new[] { "health", "--timeout", "0" }, "--timeout must be between 1 and 300")]
    public void A_value_it_cannot_use_is_exit_2_saying_why(string[] args, string expected)
    {
        var (exitCode, _, error) = ClientCommands.Invoke(args);

        exitCode.Should().Be(2);
        error.Should().Contain(expected);
    }
}
