using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>
/// A data file reached through a link works like any other; one deleted or replaced under a running
/// gateway makes it unhealthy and refuses writes (503), as nothing written then would survive a restart.
/// </summary>
public sealed class DataFileSafetyTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bis-datafile-safety-" + Guid.NewGuid().ToString("N"));

    public DataFileSafetyTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task A_data_file_reached_through_a_symbolic_link_serves_and_keeps_what_is_written()
    {
        var real = Path.Combine(_directory, "real", "data.db");
        using (var creating = new GatewayApplication(real))
        {
            (await creating.CreateClient().GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var link = Path.Combine(_directory, "link.db");
        File.CreateSymbolicLink(link, Path.Combine("real", "data.db"));
        Guid written;
        using (var linked = new GatewayApplication(link))
        {
            var created = await linked.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/contacts", new { email = "linked@example.com" });
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            written = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        using var direct = new GatewayApplication(real);
        (await direct.Contacts().GetContactIdByEmailAsync("linked@example.com")).Should().Be(written);
        Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName).Should().BeEquivalentTo(["real", "link.db"], "LiteDB's own files belong beside the data, not beside the link");
    }

    [Fact]
    public async Task With_several_tenants_a_bare_health_check_answers_503_when_any_tenants_data_file_is_gone()
    {
        using var app = GatewayApplication.TwoTenants(
            ("brand-a", "key-a"),
            ("brand-b", "key-b"),
            new Dictionary<string, string?> { ["Tenants:0:DataFile"] = Path.Combine(_directory, "a.db"), ["Tenants:1:DataFile"] = Path.Combine(_directory, "b.db") },
            dataFile: Path.Combine(_directory, "unused.db"));
        var http = app.CreateClient();
        (await http.GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);

        File.Delete(Path.Combine(_directory, "b.db"));

        (await http.GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a readiness probe asks for the whole gateway");
        (await http.GetAsync(new Uri("/emulator/health?tenant=brand-a", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK, "brand-a's own store is fine");
        (await http.GetAsync(new Uri("/emulator/health?tenant=brand-b", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task A_data_file_deleted_while_running_makes_health_and_writes_answer_503_and_a_restart_starts_afresh()
    {
        var dataFile = Path.Combine(_directory, "deleted.db");
        using (var app = new GatewayApplication(dataFile))
        {
            var http = app.CreateAuthorizedClient();
            (await http.PostAsJsonAsync("/api/v3/contacts", new { email = "before@example.com" })).StatusCode.Should().Be(HttpStatusCode.Created);

            File.Delete(dataFile);

            await ShouldBeDataFileMissing(await http.GetAsync(new Uri("/emulator/health", UriKind.Relative)), dataFile);
            await ShouldBeDataFileMissing(await http.PostAsJsonAsync("/api/v3/contacts", new { email = "after@example.com" }), dataFile);
            await ShouldBeDataFileMissing(await http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = "BIS-10001-L", quantity = 3, locale = "en-US" } }), dataFile);
        }

        using var restarted = new GatewayApplication(dataFile);
        var again = restarted.CreateAuthorizedClient();
        (await again.GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await again.GetAsync(new Uri("/api/v3/contacts/id?email=after%40example.com", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound, "the refused write was never acknowledged");
    }

    [Fact]
    public async Task A_data_file_replaced_while_running_makes_writes_answer_503()
    {
        var dataFile = Path.Combine(_directory, "replaced.db");
        using var app = new GatewayApplication(dataFile);
        var http = app.CreateAuthorizedClient();
        (await http.GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        var other = Path.Combine(_directory, "other.db");
        File.Copy(dataFile, other);

        File.Move(other, dataFile, overwrite: true);

        await ShouldBeDataFileMissing(await http.PostAsJsonAsync("/api/v3/contacts", new { email = "replaced@example.com" }), dataFile);
        await ShouldBeDataFileMissing(await http.GetAsync(new Uri("/emulator/health", UriKind.Relative)), dataFile);
    }

    // Engage's routes say it in Engage's error shape, the control plane as a problem; both name the file.
    private static async Task ShouldBeDataFileMissing(HttpResponseMessage response, string dataFile)
    {
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "nothing written to a file gone from its path survives a restart");
        var engage = response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal);
        response.Content.Headers.ContentType!.MediaType.Should().Be(engage ? "application/json" : "application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errorCode").GetString().Should().Be("DataFileMissing");
        problem.GetProperty("message").GetString().Should().Contain(dataFile).And.Contain("Restart");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
