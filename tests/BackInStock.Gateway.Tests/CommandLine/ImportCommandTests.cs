using BackInStock.Gateway.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BackInStock.Gateway.Tests.CommandLine;

/// <summary>
/// <c>backinstock import &lt;file&gt;</c> against a stand-in gateway: the file goes as NDJSON with the tenant and admin key
/// asked for, the summary and each refused line are printed, and the exit code says 0 all loaded, 1 some refused, 2 failed.
/// </summary>
[Collection(CommandLineTestGroup.Name)]
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"bis-import-{Guid.NewGuid():N}.ndjson");

    public ImportCommandTests() => File.WriteAllText(_file, "{\"contact\":{\"email\":\"a@example.com\"}}\n{\"subscription\":{\"email\":\"a@example.com\",\"sku\":\"S\",\"locale\":\"sv-SE\"}}\n");

    [Fact]
    public async Task A_file_that_loads_whole_is_exit_0_and_goes_as_ndjson_with_the_tenant_and_admin_key()
    {
        var received = new Received();
        var server = await LoopbackServer.StartAsync(app => app.MapPost("/emulator/import", async (HttpRequest request) =>
        {
            received.ContentType = request.ContentType;
            received.Tenant = request.Headers["X-BackInStock-Tenant"];
            received.AdminKey = request.Headers["X-BackInStock-Admin-Key"];
            received.Body = await new StreamReader(request.Body).ReadToEndAsync();
            return Results.Text(Report(contacts: 1, subscriptions: 1, refused: 0, errors: "[]"), "application/json");
        }));
        try
        {
            var (exitCode, output, error) = ClientCommands.Invoke("import", _file, "--url", server.BaseUrl().ToString(), "--tenant", "brand-a", "--admin-key", "secret");

            exitCode.Should().Be(0, error);
            output.Should().Be($"imported 1 contacts, 1 subscriptions, 0 stock levels, 0 receipts; refused 0 lines{Environment.NewLine}");
            received.ContentType.Should().Be("application/x-ndjson");
            received.Tenant.Should().Be("brand-a");
            received.AdminKey.Should().Be("secret");
            received.Body.Should().Be(await File.ReadAllTextAsync(_file));
        }
        finally
        {
            await server.StopAndDisposeAsync();
        }
    }

    [Fact]
    public async Task Refused_lines_are_exit_1_each_printed_with_its_number_path_and_message()
    {
        var server = await LoopbackServer.StartAsync(app => app.MapPost("/emulator/import", () => Results.Text(Report(contacts: 1, subscriptions: 0, refused: 1,
            errors: """[{"line":2,"errors":[{"path":"$.subscription.locale","message":"must match the pattern."}]}]"""), "application/json")));
        try
        {
            var (exitCode, output, _) = ClientCommands.Invoke("import", _file, "--url", server.BaseUrl().ToString());

            exitCode.Should().Be(1);
            output.Should().Contain("refused 1 lines").And.Contain("line 2: $.subscription.locale must match the pattern.");
        }
        finally
        {
            await server.StopAndDisposeAsync();
        }
    }

    [Fact]
    public async Task A_refused_request_is_exit_2_with_the_problems_detail()
    {
        var server = await LoopbackServer.StartAsync(app => app.MapPost("/emulator/import", () => Results.Problem(detail: "Name the tenant this request is for.", statusCode: 400)));
        try
        {
            var (exitCode, output, error) = ClientCommands.Invoke("import", _file, "--url", server.BaseUrl().ToString());

            exitCode.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith("import failed: ").And.Contain("answered 400: Name the tenant this request is for.");
        }
        finally
        {
            await server.StopAndDisposeAsync();
        }
    }

    [Fact]
    public void A_missing_file_or_nothing_listening_is_exit_2()
    {
        ClientCommands.Invoke("import", _file + ".missing").ExitCode.Should().Be(2);
        var (exitCode, _, error) = ClientCommands.Invoke("import", _file, "--url", $"http://127.0.0.1:{ClientCommands.FreePort()}");

        exitCode.Should().Be(2);
        error.Should().StartWith("import failed: http://127.0.0.1:");
    }

    public void Dispose() => File.Delete(_file);

    private static string Report(int contacts, int subscriptions, int refused, string errors) =>
        $$$"""{"imported":{"contacts":{{{contacts}}},"subscriptions":{{{subscriptions}}},"stockLevels":0,"receipts":0},"refused":{{{refused}}},"errors":{{{errors}}},"truncated":false}""";

    private sealed class Received
    {
        public string? ContentType { get; set; }

        public string? Tenant { get; set; }

        public string? AdminKey { get; set; }

        public string? Body { get; set; }
    }
}
