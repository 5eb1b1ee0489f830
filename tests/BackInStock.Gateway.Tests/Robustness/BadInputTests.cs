using System.Text.Json.Nodes;
using BackInStock.Gateway.Tests.Drift;

namespace BackInStock.Gateway.Tests.Robustness;

public sealed class BadInputTests
{
    [Fact]
    public async Task Hundreds_of_malformed_requests_from_the_contract_get_4xx_problems_and_never_a_5xx()
    {
        var contract = OpenApiShape.FromYaml(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml")));
        var cases = BadInputCases.From(contract);
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?>
        {
            // Hundreds of requests as fast as they go: about bad input, not about either rate limit.
            ["Accelerator:RateLimit:PermitLimit"] = "100000",
            ["Engage:RateLimit:Enabled"] = "false",
        });
        var http = app.CreateAuthorizedClient();
        var failures = new List<string>();
        var refused = 0;
        var accepted = new List<string>();

        foreach (var bad in cases)
        {
            using var request = new HttpRequestMessage(bad.Method, new Uri(bad.Path, UriKind.Relative)) { Content = bad.Body() };
            using var response = await http.SendAsync(request);
            var status = (int)response.StatusCode;
            refused += status is >= 400 and < 500 ? 1 : 0;
            if (status < 400)
            {
                accepted.Add($"{bad} → {status}");
            }
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var body = await response.Content.ReadAsStringAsync();
            if (status >= 500 || (status >= 400 && mediaType != bad.ErrorMediaType) || (bad.MustBeRefused && status < 400)
                || body.Contains("   at ", StringComparison.Ordinal) || body.Contains("/work/", StringComparison.Ordinal))
            {
                failures.Add($"{bad} → {status} {mediaType}: {body[..Math.Min(200, body.Length)]}");
            }
        }

        cases.Should().HaveCountGreaterThanOrEqualTo(300);
        failures.Should().BeEmpty();

        // Some mutations are still valid requests (a nullable field set to null, an extra field, control
        // characters in free text, junk query parameters an operation does not read; ~10% of the cases,
        // listed on failure); the rest must be refused.
        refused.Should().BeGreaterThan(cases.Count * 85 / 100, $"{refused} of {cases.Count} were refused; accepted: {string.Join("; ", accepted)}");
        (await app.CreateClient().GetAsync(new Uri("/emulator/health", UriKind.Relative))).IsSuccessStatusCode.Should().BeTrue("the server keeps serving");
    }
}
