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
/// </summary>
public sealed class ValidateCommand
{
    public const string Name = "validate";

    private const string Usage = "usage: BackInStock.Gateway validate --operation <operationId> [--format text|json] <file.json | ->";

    private ValidateCommand(string? operation, string format, string? file, string[] hostArguments, string? problem)
    {
        Operation = operation;
        Format = format;
        File = file;
        HostArguments = hostArguments;
        Problem = problem;
    }

    public string? Operation { get; }

    public string Format { get; }

    public string? File { get; }

    /// <summary>The arguments left for the host's configuration (<c>--Store:InMemory true</c> and the like).</summary>
    public string[] HostArguments { get; }

    private string? Problem { get; }

    /// <summary>The command when the arguments ask for it, otherwise null (the gateway starts as usual).</summary>
    public static ValidateCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        string? operation = null, file = null, problem = null;
        var format = "text";
        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--operation" or "-o" when i + 1 < args.Length:
                    operation = args[++i];
                    break;
                case "--format" or "-f" when i + 1 < args.Length:
                    format = args[++i];
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    host.Add(option);
                    if (!option.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                    {
                        host.Add(args[++i]);
                    }

                    break;
                case var path when file is null:
                    file = path;
                    break;
                default:
                    problem = $"unexpected argument \"{args[i]}\".";
                    break;
            }
        }

        problem ??= operation is null ? "--operation is required." : null;
        problem ??= file is null ? "the payload file is required (- reads standard input)." : null;
        problem ??= format is not ("text" or "json") ? $"--format must be text or json, not \"{format}\"." : null;
        return new ValidateCommand(operation, format, file, [.. host], problem);
    }

    /// <summary>
    /// The gateway's own host, built but never started: the same configuration as a run from the same
    /// place (appsettings.json next to the dll unless --contentRoot says otherwise), no console logging.
    /// </summary>
    public WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = HostArguments,
            ContentRootPath = HostArguments.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        return builder;
    }

    public int Run(IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (Problem is not null)
        {
            error.WriteLine(Problem);
            error.WriteLine(Usage);
            return 2;
        }

        var operation = ContractCatalog.Find(Operation!);
        if (operation is null)
        {
            error.WriteLine($"The contract has no operation \"{Operation}\". Operations with a body: {ContractCatalog.WithBodies}.");
            return 2;
        }

        string text;
        try
        {
            text = File == "-" ? Console.In.ReadToEnd() : System.IO.File.ReadAllText(File!);
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
