using System.CommandLine;
using BackInStock.Gateway.Forwarding;
using BackInStock.Gateway.Hosting;
using BackInStock.Gateway.Validation;

namespace BackInStock.Gateway.Cli;

/// <summary>
/// <c>validate</c>: the gateway's own host, built with the same configuration as a run from the same place but
/// never started and without console logging, checks one payload (<see cref="ValidateCommand"/>).
/// </summary>
public static class ValidateCommandLine
{
    public static Command Create(GatewayComposition gateway, string[] configuration)
    {
        var operation = new Option<string>("--operation", "-o")
        {
            Description = "The contract operation the payload is for (UpdateStockLevels, CreateSubscription, ...).",
            HelpName = "operationId",
            Required = true,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "How the report is printed.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var file = new Argument<string>("file")
        {
            Description = "The payload: a JSON file, or - for standard input.",
        };

        file.Validators.Add(result =>
        {
            // Any word fills the file's place, so an unknown option would be read as the file's name.
            if (result.Tokens.Count > 0 && result.Tokens[0].Value is { Length: > 1 } value && value.StartsWith('-'))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        });

        var emulator = new EmulatorArguments();
        var command = new Command(ValidateCommand.Name, "Check a payload against the contract and Engage's rules, offline; exit code 0 when valid, 1 when not, 2 when the check cannot run.")
        {
            operation,
            format,
            file,
        };
        emulator.AddTo(command);
        command.SetAction(parse =>
        {
            var builder = GatewayComposition.CreateBuilder(configuration, settings => emulator.Settings(parse, settings));
            builder.Logging.ClearProviders();
            gateway.AddServices(builder);
            var app = builder.Build();
            if (!app.OpenTenants() || !app.CheckForwarding())
            {
                return 2;
            }

            var validate = new ValidateCommand(parse.GetRequiredValue(operation), parse.GetRequiredValue(format), parse.GetRequiredValue(file));
            return validate.Run(app.Services, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }
}
