using System.Net.Http.Headers;
using BackInStock.Emulator.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackInStock.Testing;

/// <summary>
/// The BackInStock gateway and its in-process Engage emulator, served from inside a test run on a real loopback
/// port, so a browser, a Node or PHP client and the typed C# client of the same test can all reach it:
/// <c>await using var engage = await EngageEmulator.StartAsync();</c>. Each instance is a gateway of its own
/// (its own services, store, clock and rate limits): fixtures started side by side never see each other's data.
/// </summary>
public sealed class EngageEmulator : IAsyncDisposable
{
    // Long enough for a request in flight to finish; a test run should not wait on a browser's idle connection.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private int _disposed;

    private EngageEmulator(WebApplication app, Uri baseAddress, EngageEmulatorOptions options)
    {
        _app = app;
        BaseAddress = baseAddress;
        ApiKey = options.ApiKey;
        TenantId = options.TenantId;
        HttpClient = CreateHttpClient();
        Client = new EngageClient(HttpClient);
        Outbox = new OutboxControl(Client.Outbox, Client.IntegrationLog, baseAddress);
        Clock = new ClockControl(Client.Emulator);
        Feeds = new FeedsControl(Client.Feeds);
        StockLevels = new StockLevelsControl(Client.BackInStock, Client.Emulator);
    }

    /// <summary>Where the gateway listens, such as <c>http://127.0.0.1:41234/</c>; Engage's API is under <c>api/v3/</c>, the dashboard at the root.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The tenant's API key, for the <c>apikey</c> header of a client that is not the fixture's.</summary>
    public string ApiKey { get; }

    /// <summary>The tenant id; the Centra accelerator's <c>store</c>.</summary>
    public string TenantId { get; }

    /// <summary>An HttpClient on <see cref="BaseAddress"/> that sends the API key, as an Engage integration does; owned by the fixture.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>The typed client generated from the contract, one property per tag, over <see cref="HttpClient"/>.</summary>
    public EngageClient Client { get; }

    /// <summary>The emails the automations sent, kept instead of delivered.</summary>
    public OutboxControl Outbox { get; }

    /// <summary>The tenant's clock, which subscription times and the time conditions read.</summary>
    public ClockControl Clock { get; }

    /// <summary>The tenant's product feeds, one per locale.</summary>
    public FeedsControl Feeds { get; }

    /// <summary>Stock-level updates, as an Engage integration sends them.</summary>
    public StockLevelsControl StockLevels { get; }

    /// <summary>Starts a gateway on a loopback port and returns once it serves; dispose it to stop it.</summary>
    public static async Task<EngageEmulator> StartAsync(Action<EngageEmulatorOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var options = new EngageEmulatorOptions();
        configure?.Invoke(options);
        var settings = options.ToConfiguration();

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = ContentRoot(),
        });

        // Only the options configure it: no appsettings file, environment variable or argument of the test run.
        foreach (var source in builder.Configuration.Sources.Where(s => s is JsonConfigurationSource or EnvironmentVariablesConfigurationSource or CommandLineConfigurationSource).ToList())
        {
            builder.Configuration.Sources.Remove(source);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        options.Logging?.Invoke(builder.Logging);
        Program.Composition.AddServices(builder);
        builder.Services.AddSingleton<IHostLifetime, TestRunLifetime>();

        var app = builder.Build();
        try
        {
            // The tenant's store opens here, so a data file another gateway holds fails the start, naming it.
            app.Services.GetRequiredService<TenantDirectory>();
            Program.Composition.UsePipeline(app);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The gateway started but reports no address.");
            return new EngageEmulator(app, new Uri(address.TrimEnd('/') + "/"), options);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A new HttpClient like <see cref="HttpClient"/>, owned by the caller (to set its own timeout or headers).</summary>
    public HttpClient CreateHttpClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("apikey", ApiKey);
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("BackInStock.Testing", typeof(EngageEmulator).Assembly.GetName().Version?.ToString(3)));
        return client;
    }

    /// <summary>
    /// Empties the tenant (contacts, subscriptions, stock levels, outbox, integration log, receipts, automations,
    /// feeds) and restores its defaults: the default automation and the demo catalog or feed folder. The clock stays as it is.
    /// </summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) => Client.Emulator.ResetEmulatorAsync(cancellationToken);

    /// <summary>Stops the gateway and frees its port and store.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        HttpClient.Dispose();
        using (var stopping = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The dashboard and the contract arrive with the package in backinstock/ beside the test's assemblies.</summary>
    private static string ContentRoot()
    {
        var packaged = Path.Combine(AppContext.BaseDirectory, "backinstock");
        return Directory.Exists(packaged) ? packaged : AppContext.BaseDirectory;
    }
}
