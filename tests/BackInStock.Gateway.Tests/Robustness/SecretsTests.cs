using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackInStock.Gateway.Tests.Robustness;

public sealed class SecretsTests
{
    [Fact]
    public async Task Api_keys_never_reach_the_log_even_at_trace_level()
    {
        var lines = new ConcurrentQueue<string>();
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" })
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(lines)).SetMinimumLevel(LogLevel.Trace))));

        var good = app.CreateClient();
        good.DefaultRequestHeaders.Add("apikey", GatewayApplication.ApiKey);
        var bad = app.CreateClient();
        bad.DefaultRequestHeaders.Add("apikey", "wrong-secret-key-9876");
        await good.GetAsync(new Uri($"/api/v3/contacts/{Guid.NewGuid()}", UriKind.Relative));
        await bad.GetAsync(new Uri($"/api/v3/contacts/{Guid.NewGuid()}", UriKind.Relative));
        await good.PostAsync(new Uri("/api/v3/contacts", UriKind.Relative), new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        lines.Should().NotBeEmpty("the capture works");
        lines.Should().NotContain(line => line.Contains(GatewayApplication.ApiKey, StringComparison.Ordinal) || line.Contains("wrong-secret-key-9876", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_forwarded_tenant_key_never_reaches_the_log_either()
    {
        const string tenantKey = "engage-tenant-secret-5555";
        await using var upstream = await Forwarding.ScriptedUpstream.StartAsync();
        upstream.Then(200, "{}");
        var lines = new ConcurrentQueue<string>();
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Forward:BaseUrl"] = upstream.BaseUrl.ToString(),
            ["Forward:ApiKey"] = tenantKey,
        }).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(lines)).SetMinimumLevel(LogLevel.Trace))));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("apikey", GatewayApplication.ApiKey);

        await client.GetAsync(new Uri($"/api/v3/contacts/{Guid.NewGuid()}", UriKind.Relative));

        upstream.Requests.Should().ContainSingle().Which.Headers["apikey"].Should().Be(tenantKey);
        lines.Should().Contain(line => line.Contains("System.Net.Http.HttpClient.engage", StringComparison.Ordinal), "the outgoing call is logged");
        lines.Should().NotContain(line => line.Contains(tenantKey, StringComparison.Ordinal) || line.Contains(GatewayApplication.ApiKey, StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capture(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Capture(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {formatter(state, exception)} {exception}");
        }
    }
}
