using System.Globalization;
using System.Text.Json;
using BackInStock.Emulator.Advice;
using BackInStock.Gateway.Generated;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Validation;

/// <summary>
/// <c>validate --operation &lt;operationId&gt; [--format text|json] &lt;file.json|-&gt;</c>: the validate route's
/// check, offline, against the tenant state the configuration points at. Exit code 0 when the payload
/// has no contract errors (warnings allowed), 1 when it has, 2 when the command itself cannot run.
/// The command line is read by <see cref="Cli.ValidateCommandLine"/>.
/// </summary>
public sealed class ValidateCommand(string operation, string format, string file)
{
    public const string Name = "validate";

    public string Operation { get; } = operation;

    public string Format { get; } = format;

    public string File { get; } = file;

    public int Run(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var operation = ContractCatalog.Find(Operation);
        if (operation is null)
        {
            error.WriteLine($"The contract has no operation \"{Operation}\". Operations with a body: {ContractCatalog.WithBodies}.");
            return 2;
        }

        string text;
        try
        {
            text = File == "-" ? Console.In.ReadToEnd() : System.IO.File.ReadAllText(File);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot read {File}: {failure.Message}");
            return 2;
        }

        var report = Check(services, operation, text);
        var options = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        output.Write(Format == "json" ? JsonSerializer.Serialize(report, options) + Environment.NewLine : Describe(report));
        return report.Valid ? 0 : 1;
    }

    private static ValidationReport Check(IServiceProvider services, Contract.ContractOperation operation, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            using var scope = services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<PayloadValidation>().Validate(operation, document.RootElement);
        }
        catch (JsonException malformed)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"line {malformed.LineNumber + 1}, byte {malformed.BytePositionInLine + 1}");
            return PayloadValidation.Report(operation.Id, [new Advice("$", "MalformedJson", $"is not valid JSON ({at}).")], []);
        }
    }

    private string Describe(ValidationReport report)
    {
        var lines = new List<string>
        {
            $"{File}: {report.OperationId}: {(report.Valid ? "valid" : "invalid")}, {Count(report.Errors.Count, "error")}, {Count(report.Warnings.Count, "warning")}",
        };
        var width = report.Errors.Concat(report.Warnings).Select(f => f.Path.Length).DefaultIfEmpty(0).Max();
        lines.AddRange(report.Errors.Select(f => $"  error    {f.Path.PadRight(width)}  {f.Message}"));
        lines.AddRange(report.Warnings.Select(f => $"  warning  {f.Path.PadRight(width)}  {f.Message} [{f.Code}]"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
