using System.Reflection;
using BackInStock.Gateway.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace BackInStock.Gateway.Tests.CommandLine;

/// <summary>
/// The command line, read in process with a gateway that records being built: help and version never build
/// one, a line the CLI cannot read is exit code 2 with the reason, and each option becomes the setting it stands for.
/// </summary>
[Collection(CommandLineTestGroup.Name)]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "--help" }, "backinstock [command] [options]")]
    [InlineData(new[] { "-h" }, "backinstock [command] [options]")]
    [InlineData(new[] { "run", "--help" }, "backinstock run [options]")]
    [InlineData(new[] { "--port", "5081", "--help" }, "backinstock run [options]")]
    [InlineData(new[] { "validate", "--help" }, "backinstock validate <file> [options]")]
    [InlineData(new[] { "validate", "--help", "stock.json" }, "backinstock validate <file> [options]")]
    [InlineData(new[] { "validate", "-o", "UpdateStockLevels", "--help" }, "backinstock validate <file> [options]")]
    public void Help_on_every_command_prints_its_usage_and_exits_0_without_building_a_gateway(string[] args, string usage)
    {
        var result = Invoke(args);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain(usage).And.Contain("--help").And.Contain("Configuration:");
        result.Error.Should().BeEmpty();
        result.Built.Should().BeFalse("help starts no server");
    }

    [Fact]
    public void Run_help_lists_every_run_option()
    {
        Invoke("run", "--help").Output.Should().Contain("--port").And.Contain("--data").And.Contain("--in-memory").And.Contain("--feeds").And.Contain("--tenant");
    }

    [Fact]
    public void Version_prints_the_gateway_assemblys_informational_version_and_builds_nothing()
    {
        var expected = typeof(GatewayCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = Invoke("--version");

        result.ExitCode.Should().Be(0);
        result.Output.Trim().Should().Be(expected);
        result.Built.Should().BeFalse();
    }

    [Theory]
    [InlineData(new[] { "--prot", "5081" }, "'--prot'", "backinstock run --help")]
    [InlineData(new[] { "run", "--in-memmory" }, "'--in-memmory'", "backinstock run --help")]
    [InlineData(new[] { "serve" }, "'serve'", "backinstock run --help")]
    [InlineData(new[] { "validate", "-o", "UpdateStockLevels", "--verbose", "stock.json" }, "'--verbose'", "backinstock validate --help")]
    public void An_unknown_option_or_command_is_exit_2_with_a_message_naming_it(string[] args, string named, string hint)
    {
        var result = Invoke(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(named).And.Contain(hint);
        result.Output.Should().BeEmpty();
        result.Built.Should().BeFalse("a mistyped option is never a setting nobody reads");
    }

    [Theory]
    [InlineData(new[] { "--port", "0" }, "--port must be between 1 and 65535")]
    [InlineData(new[] { "--port", "http" }, "--port")]
    [InlineData(new[] { "--data", "x.db", "--in-memory" }, "--data and --in-memory exclude each other")]
    [InlineData(new[] { "--tenant", "brand-a", "--tenant", "brand-b" }, "only one tenant can go without its own key")]
    [InlineData(new[] { "--tenant", "brand-a=key-a", "--tenant", "BRAND-A=key-b" }, "--tenant names 'brand-a' twice")]
    [InlineData(new[] { "--tenant", "=key" }, "--tenant takes <id> or <id>=<apikey>")]
    [InlineData(new[] { "--tenant", "a=k1", "--tenant", "b=k2", "--data", "x.db" }, "--data names one tenant's file")]
    [InlineData(new[] { "validate", "stock.json" }, "'--operation' is required")]
    [InlineData(new[] { "validate", "-o", "UpdateStockLevels" }, "argument 'file' missing")]
    [InlineData(new[] { "validate", "-o", "UpdateStockLevels", "-f", "xml", "stock.json" }, "'xml'")]
    public void A_value_the_cli_cannot_use_is_exit_2_saying_why(string[] args, string expected)
    {
        var result = Invoke(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(expected);
        result.Built.Should().BeFalse();
    }

    [Fact]
    public void No_arguments_run_the_gateway_on_localhost_5080_from_the_executables_folder()
    {
        // WebApplicationFactory and `dotnet run` call the entry point like this.
        var result = Invoke();

        result.Built.Should().BeTrue();
        result.Settings["urls"].Should().Be("http://localhost:5080");
        result.ContentRoot.Should().Be(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
        result.Settings["Gateway:ApiKeys:0"].Should().Be("bis-dev-key-0000", "appsettings.json is read from beside the executable");
    }

    [Fact]
    public void Run_options_become_the_settings_they_stand_for()
    {
        var result = Invoke("run", "--in-memory", "--feeds", "/srv/feeds", "--port", "5099", "--tenant", "brand-x", "--tenant", "brand-y=key-y");

        result.Settings["Store:InMemory"].Should().Be("true");
        result.Settings["Emulator:FeedsPath"].Should().Be("/srv/feeds");
        result.Settings["urls"].Should().Be("http://localhost:5099");
        result.Settings["Tenants:0:Id"].Should().Be("brand-x");
        result.Settings["Tenants:0:ApiKeys:0"].Should().Be("bis-dev-key-0000", "a tenant without a key gets the dev key");
        result.Settings["Tenants:1:Id"].Should().Be("brand-y");
        result.Settings["Tenants:1:ApiKeys:0"].Should().Be("key-y");
    }

    [Fact]
    public void A_single_tenant_gets_the_data_file_named_by_data()
    {
        var result = Invoke("--tenant", "my-shop", "--data", "/srv/shop.db");

        result.Settings["Store:Path"].Should().Be("/srv/shop.db");
        result.Settings["Store:InMemory"].Should().Be("false");
        result.Settings["Tenants:0:DataFile"].Should().Be("/srv/shop.db");
    }

    [Fact]
    public void AspNet_configuration_keys_still_work_alongside_and_the_clis_own_options_win()
    {
        var result = Invoke("--Store:Path", "/from/key.db", "--data", "/from/option.db", "--Logging:LogLevel:Default=Debug", "--urls", "http://127.0.0.1:6001", "--environment", "Staging");

        result.Built.Should().BeTrue();
        result.Settings["Store:Path"].Should().Be("/from/option.db");
        result.Settings["Logging:LogLevel:Default"].Should().Be("Debug");
        result.Settings["urls"].Should().Be("http://127.0.0.1:6001", "--urls is kept when --port is not given");
        result.Environment.Should().Be("Staging");
    }

    [Fact]
    public void Contentroot_given_on_the_command_line_is_kept()
    {
        var folder = Path.GetTempPath();

        Invoke("--contentRoot", folder).ContentRoot.Should().Be(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
    }

    [Fact]
    public void Configuration_keys_and_their_values_are_taken_out_before_the_cli_reads_the_rest()
    {
        var (command, configuration) = ConfigurationArguments.Split(
            ["validate", "-o", "CreateSubscription", "--Store:InMemory", "true", "--urls=http://127.0.0.1:5080", "--ENVIRONMENT", "Development", "a.json", "--port", "5"]);

        command.Should().Equal("validate", "-o", "CreateSubscription", "a.json", "--port", "5");
        configuration.Should().Equal("--Store:InMemory", "true", "--urls=http://127.0.0.1:5080", "--ENVIRONMENT", "Development");
    }

    private static Outcome Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        WebApplicationBuilder? built = null;
        var gateway = new GatewayComposition(
            builder =>
            {
                built = builder;
                throw new BuildStopped();
            },
            _ => throw new InvalidOperationException("The pipeline is never reached here."));

        int exitCode;
        try
        {
            exitCode = GatewayCommandLine.Invoke(args, gateway, output, error);
        }
        catch (BuildStopped)
        {
            exitCode = -1;
        }

        var settings = built?.Configuration.AsEnumerable().ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string?>();
        return new(exitCode, output.ToString(), error.ToString(), built is not null, settings, built?.Environment.ContentRootPath, built?.Environment.EnvironmentName);
    }

    private sealed record Outcome(int ExitCode, string Output, string Error, bool Built, Dictionary<string, string?> Settings, string? ContentRoot, string? Environment);

    private sealed class BuildStopped : Exception;
}

/// <summary>
/// Alone: building a host in a test raises the hosting diagnostics events WebApplicationFactory listens to, so
/// these tests never overlap another test class's factory.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CommandLineTestGroup
{
    public const string Name = "Command line";
}
