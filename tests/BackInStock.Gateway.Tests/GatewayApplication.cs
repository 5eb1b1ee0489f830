using System.Net.Http.Headers;
using BackInStock.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace BackInStock.Gateway.Tests;

/// <summary>
/// The gateway under test, owning every override: its own temporary data file (or memory), a fixed
/// environment (Production, so tests see what users see) and a known API key.
/// </summary>
public sealed class GatewayApplication : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-1234";

    private readonly bool _ownsDirectory;

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GatewayApplication(string? dataFile = null, bool inMemory = false, string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        _ownsDirectory = dataFile is null;
        DataFile = dataFile ?? Path.Combine(Path.GetTempPath(), "bis-tests-" + Guid.NewGuid().ToString("N"), "test.db");
        InMemory = inMemory;
        Environment = environment;
    }

    /// <summary>
    /// A gateway with two tenants, each with one API key, in memory unless a data file is given;
    /// <paramref name="settings"/> adds to them (a tenant's own data file, its Centra stores).
    /// </summary>
    public static GatewayApplication TwoTenants(
        (string Id, string ApiKey) first, (string Id, string ApiKey) second, IReadOnlyDictionary<string, string?>? settings = null, string? dataFile = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Tenants:0:Id"] = first.Id,
            ["Tenants:0:ApiKeys:0"] = first.ApiKey,
            ["Tenants:1:Id"] = second.Id,
            ["Tenants:1:ApiKeys:0"] = second.ApiKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new GatewayApplication(dataFile, inMemory: dataFile is null, settings: all);
    }

    public string DataFile { get; }

    public bool InMemory { get; }

    public string Environment { get; }

    /// <summary>An HttpClient that sends the test API key, as an Engage integration would.</summary>
    public HttpClient CreateAuthorizedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("apikey", ApiKey);
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("BackInStock.Tests", "1.0"));
        return client;
    }

    public BackInStockClient BackInStock() => new(CreateAuthorizedClient());

    public ContactsClient Contacts() => new(CreateAuthorizedClient());

    public EmulatorClient Emulator() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.ConfigureAppConfiguration(config => config
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Gateway:ApiKeys:0"] = ApiKey,
                ["Gateway:MaxRequestBodyBytes"] = "65536",
                ["Store:Path"] = DataFile,
                ["Store:InMemory"] = InMemory ? "true" : "false",
                ["Logging:LogLevel:Default"] = "Warning",
            })
            .AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory && Directory.Exists(Path.GetDirectoryName(DataFile)))
        {
            Directory.Delete(Path.GetDirectoryName(DataFile)!, recursive: true);
        }
    }
}
