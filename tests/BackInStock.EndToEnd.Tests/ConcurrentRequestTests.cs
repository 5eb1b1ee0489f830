using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BackInStock.EndToEnd.Tests;

/// <summary>
/// Many bodies at once over Kestrel's pooled buffers and kept-alive connections: each request must be
/// read as sent. (A body released to the pool before its JSON was read once mixed requests up.)
/// </summary>
public sealed class ConcurrentRequestTests : IAsyncLifetime
{
    // 600 creates at once with one key: a burst far above Engage's 200 a second, so its rate limit is off.
    private readonly RunningGateway _gateway = new("--Store:InMemory=true", "--Engage:RateLimit:Enabled=false");

    public Task InitializeAsync() => _gateway.InitializeAsync();

    [Fact]
    public async Task Every_concurrent_body_is_read_as_it_was_sent()
    {
        using var http = _gateway.CreateClient();
        http.DefaultRequestHeaders.Add("apikey", RunningGateway.ApiKey);

        var answers = new List<(string Sent, HttpStatusCode Status, string? Echoed)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 600), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, token) =>
        {
            var email = $"concurrent-{i}-{new string((char)('a' + (i % 26)), i % 40)}@example.com";
            var response = await http.PostAsJsonAsync("/api/v3/contacts", new { email, firstName = new string('x', i % 90) }, token);
            var echoed = response.IsSuccessStatusCode
                ? (await response.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("attributes").GetProperty("email").GetString()
                : await response.Content.ReadAsStringAsync(token);
            lock (answers)
            {
                answers.Add((email, response.StatusCode, echoed));
            }
        });

        answers.Should().HaveCount(600).And.OnlyContain(a => a.Status == HttpStatusCode.Created && a.Echoed == a.Sent);
    }

    public Task DisposeAsync() => _gateway.DisposeAsync();
}
