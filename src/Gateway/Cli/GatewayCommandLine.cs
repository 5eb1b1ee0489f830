using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;

namespace BackInStock.Gateway.Cli;

/// <summary>
/// <c>backinstock [run|validate|health|import] [options]</c>, with <c>--help</c> on every command and <c>--version</c>. No
/// command means <c>run</c>, so <c>dotnet run</c>, <c>make run</c> and WebApplicationFactory (which calls the
/// entry point with no arguments) start the gateway as before. ASP.NET configuration keys pass through
/// (<see cref="ConfigurationArguments"/>). A command line the CLI cannot read is exit code 2 with the reason.
/// </summary>
public static class GatewayCommandLine
{
    public const string ToolName = "backinstock";

    public static int Invoke(string[] args, GatewayComposition gateway, TextWriter? output = null, TextWriter? error = null)
    {
        var (own, configuration) = ConfigurationArguments.Split(args);
        var root = new RootCommand("BackInStock: a local emulator of Voyado Engage's back-in-stock API. With no command, runs the gateway (run).")
        {
            RunCommand.Create(gateway, configuration),
            ValidateCommandLine.Create(gateway, configuration),
            HealthCommand.Create(configuration),
            ImportCommand.Create(),
        };
        root.HelpName = ToolName;
        AddConfigurationNote(root);
        if (root.Options.OfType<VersionOption>().FirstOrDefault() is { } version)
        {
            version.Action = new PrintVersion();
        }

        var parse = root.Parse(WithDefaultCommand(root, own), new ParserConfiguration { ResponseFileTokenReplacer = null });
        var invocation = new InvocationConfiguration
        {
            // Exceptions reach the caller as they did before the CLI (WebApplicationFactory relies on it).
            EnableDefaultExceptionHandler = false,
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        if (parse.Action is ParseErrorAction)
        {
            foreach (var problem in parse.Errors)
            {
                invocation.Error.WriteLine($"{ToolName}: {problem.Message}");
            }

            var command = parse.CommandResult.Command == root ? ToolName : $"{ToolName} {parse.CommandResult.Command.Name}";
            invocation.Error.WriteLine($"See '{command} --help'.");
            return 2;
        }

        return parse.Invoke(invocation);
    }

    /// <summary>Arguments that name no command and ask for no help or version are run's.</summary>
    private static string[] WithDefaultCommand(RootCommand root, string[] args)
    {
        var rootOptions = root.Options.SelectMany(o => o.Aliases.Append(o.Name));
        var first = args.FirstOrDefault();
        return first is not null && (root.Subcommands.Any(c => c.Name == first) || rootOptions.Contains(first) || first.StartsWith('['))
            ? args
            : [RunCommand.Name, .. args];
    }

    /// <summary>Every command's help ends with the ASP.NET settings it also takes.</summary>
    private static void AddConfigurationNote(RootCommand root)
    {
        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: SynchronousCommandLineAction help } option)
        {
            option.Action = new HelpWithConfiguration(help);
        }
    }

    /// <summary>The gateway assembly's informational version (1.0.0+commit), whichever program hosts the CLI.</summary>
    public static string Version =>
        typeof(GatewayCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(GatewayCommandLine).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return 0;
        }
    }

    private sealed class HelpWithConfiguration(SynchronousCommandLineAction help) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Configuration:");
            output.WriteLine("  Any ASP.NET configuration key, as --Key value or --Key=value: --urls, --environment, --contentRoot,");
            output.WriteLine("  --Store:Path, --Emulator:FeedsPath, --Gateway:ApiKeys:0, --Logging:LogLevel:Default, ... (see README).");
            output.WriteLine("  The options above win over them.");
            output.WriteLine();
            return exitCode;
        }
    }
}
