using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Security;
using BackInStock.Gateway.Tenancy;

namespace BackInStock.Gateway.Cli;

/// <summary>
/// <c>import &lt;file&gt;</c>: sends an NDJSON file to a running gateway's <c>POST /emulator/import</c>, streamed, and prints
/// what was loaded and every refused line. Exit code 0 when every line loaded, 1 when some were refused, 2 when the
/// import itself failed (no file, nothing answering, a refusal of the whole request).
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    private static readonly Uri Route = new("emulator/import", UriKind.Relative);

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The NDJSON file: one {\"contact\"|\"subscription\"|\"stockLevel\"|\"receipt\": {...}} per line." };
        var url = new Option<Uri>("--url")
        {
            Description = $"The gateway's base address (default: http://localhost:{RunCommand.DefaultPort.ToString(CultureInfo.InvariantCulture)}).",
            HelpName = "url",
            DefaultValueFactory = _ => new Uri($"http://localhost:{RunCommand.DefaultPort.ToString(CultureInfo.InvariantCulture)}"),
            CustomParser = GatewayUrl.Parse,
        };
        var tenant = new Option<string>("--tenant") { Description = $"The tenant to load into ({TenantSelection.Header}); needed when the gateway has several.", HelpName = "id" };
        var adminKey = new Option<string>("--admin-key") { Description = $"Gateway:AdminKey, sent in {LocalOnly.AdminKeyHeader}; needed from another machine.", HelpName = "key" };
        var command = new Command(Name, "Load contacts, subscriptions, stock levels and receipts from an NDJSON file into a running gateway; exit code 0 when every line loaded, 1 when some were refused, 2 when the import failed.")
        {
            file,
            url,
            tenant,
            adminKey,
        };
        command.SetAction(async (parse, cancellation) => await SendAsync(
            parse.GetValue(file)!, parse.GetValue(url)!, parse.GetValue(tenant), parse.GetValue(adminKey), parse.InvocationConfiguration, cancellation));
        return command;
    }

    private static async Task<int> SendAsync(FileInfo file, Uri gateway, string? tenant, string? adminKey, InvocationConfiguration console, CancellationToken cancellation)
    {
        FileStream lines;
        try
        {
            lines = file.OpenRead();
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"import failed: cannot read {file.FullName}: {unreadable.Message}");
            return 2;
        }

        // No proxy: the gateway is local; an import takes as long as it takes.
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = gateway, Timeout = Timeout.InfiniteTimeSpan };
        await using (lines)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new StreamContent(lines, 1 << 16) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(LinesBody.MediaType);
            if (tenant is { Length: > 0 })
            {
                request.Headers.Add(TenantSelection.Header, tenant);
            }

            if (adminKey is { Length: > 0 })
            {
                request.Headers.Add(LocalOnly.AdminKeyHeader, adminKey);
            }

            try
            {
                using var response = await http.SendAsync(request, cancellation);
                var body = await response.Content.ReadAsStringAsync(cancellation);
                return response.IsSuccessStatusCode
                    ? await PrintReportAsync(body, console)
                    : await PrintFailureAsync(new Uri(gateway, Route), (int)response.StatusCode, body, console);
            }
            catch (HttpRequestException unreachable)
            {
                await console.Error.WriteLineAsync($"import failed: {new Uri(gateway, Route)}: {unreachable.Message}");
                return 2;
            }
        }
    }

    private static async Task<int> PrintReportAsync(string body, InvocationConfiguration console)
    {
        try
        {
            return await PrintAsync(body, console);
        }
        catch (Exception unexpected) when (unexpected is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync("import failed: the gateway's answer is not an import report; is --url a BackInStock gateway?");
            return 2;
        }
    }

    private static async Task<int> PrintAsync(string body, InvocationConfiguration console)
    {
        using var report = JsonDocument.Parse(body);
        var root = report.RootElement;
        var imported = root.GetProperty("imported");
        var refused = root.GetProperty("refused").GetInt32();
        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"imported {imported.GetProperty("contacts").GetInt32()} contacts, {imported.GetProperty("subscriptions").GetInt32()} subscriptions, {imported.GetProperty("stockLevels").GetInt32()} stock levels, {imported.GetProperty("receipts").GetInt32()} receipts; refused {refused} lines"));
        foreach (var line in root.GetProperty("errors").EnumerateArray())
        {
            foreach (var error in line.GetProperty("errors").EnumerateArray())
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"line {line.GetProperty("line").GetInt32()}: {error.GetProperty("path").GetString()} {error.GetProperty("message").GetString()}"));
            }
        }

        if (root.GetProperty("truncated").GetBoolean())
        {
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"(the gateway lists the first {root.GetProperty("errors").GetArrayLength()} refused lines only)"));
        }

        return refused == 0 ? 0 : 1;
    }

    private static async Task<int> PrintFailureAsync(Uri target, int status, string body, InvocationConfiguration console)
    {
        var reason = $"answered {status.ToString(CultureInfo.InvariantCulture)}";
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.ValueKind == JsonValueKind.Object && problem.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                reason += $": {detail.GetString()}";
            }
        }
        catch (JsonException)
        {
            // Not a problem document: the status says enough.
        }

        await console.Error.WriteLineAsync($"import failed: {target} {reason}");
        return 2;
    }
}
