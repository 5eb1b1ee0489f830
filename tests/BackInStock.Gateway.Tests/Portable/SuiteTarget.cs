using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>
/// Where the portable suite points: the in-process emulator by default, or any Engage-shaped API given
/// by BACKINSTOCK_BASE_URL and BACKINSTOCK_API_KEY (BACKINSTOCK_SKU and BACKINSTOCK_LOCALE name a
/// product in the tenant's feed; the emulator's demo catalog supplies one).
/// </summary>
public sealed class SuiteTarget : IDisposable
{
    private readonly IDisposable? _owned;

    public SuiteTarget(HttpClient client, string apiKey, IDisposable? owned = null)
    {
        Client = client;
        ApiKey = apiKey;
        _owned = owned;
    }

    public HttpClient Client { get; }

    public string ApiKey { get; }

    /// <summary>A product in the tenant's feed, when known up front (otherwise the environment or the demo catalog).</summary>
    public (string Sku, string Locale)? Product { get; init; }

    /// <summary>How long a stock update may take to use a subscription (Engage processes them asynchronously).</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("BACKINSTOCK_SETTLE_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : 5);

    public static SuiteTarget FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable("BACKINSTOCK_BASE_URL") is { Length: > 0 } url)
        {
            var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            return new SuiteTarget(client, Environment.GetEnvironmentVariable("BACKINSTOCK_API_KEY") ?? "bis-dev-key-0000");
        }

        var app = new GatewayApplication(inMemory: true);
        return new SuiteTarget(app.CreateClient(), GatewayApplication.ApiKey, app);
    }

    public async Task<Exchange> SendAsync(string operationId, HttpMethod method, string pathAndQuery, string? body = null, bool withKey = true, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(Client.BaseAddress!, pathAndQuery));
        var headers = new List<KeyValuePair<string, string>> { new("User-Agent", "BackInStock-ContractSuite/1.0") };
        if (withKey)
        {
            headers.Add(new("apikey", ApiKey));
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            headers.Add(new("Content-Type", contentType));
        }

        using var response = await Client.SendAsync(request);
        var violations = response.Headers.TryGetValues("sl-violations", out var values) ? string.Join(" ", values) : null;
        return new Exchange(
            operationId, method.Method, request.RequestUri!, headers, body, (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), violations);
    }

    /// <summary>A product the stock-level flow can use: from the environment, else the emulator's demo catalog.</summary>
    public async Task<(string Sku, string Locale)> ProductAsync()
    {
        if (Product is { } known)
        {
            return known;
        }

        if (Environment.GetEnvironmentVariable("BACKINSTOCK_SKU") is { Length: > 0 } sku)
        {
            return (sku, Environment.GetEnvironmentVariable("BACKINSTOCK_LOCALE") ?? "sv-SE");
        }

        var feed = JsonNode.Parse(await Client.GetStringAsync(new Uri(Client.BaseAddress!, "/emulator/feeds/sv-SE?take=1")))!;
        return (feed["products"]![0]!["sku"]!.ToString(), "sv-SE");
    }

    /// <summary>The store name the Centra accelerator expects: the emulator's tenant, or BACKINSTOCK_STORE.</summary>
    public async Task<string> StoreAsync() =>
        Environment.GetEnvironmentVariable("BACKINSTOCK_STORE") is { Length: > 0 } store
            ? store
            : JsonNode.Parse(await Client.GetStringAsync(new Uri(Client.BaseAddress!, "/emulator/health")))!["tenant"]!.ToString();

    public void Dispose()
    {
        Client.Dispose();
        _owned?.Dispose();
    }
}
