using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Tests.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace BackInStock.Gateway.Tests.Events;

/// <summary>GET /emulator/events pushes one server-sent event per committed change of its tenant, read here as a browser would, within a time limit.</summary>
public sealed class EventStreamTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    private readonly GatewayApplication _app = new(inMemory: true, settings: new Dictionary<string, string?> { ["Gateway:EventsHeartbeatSeconds"] = "1" });

    [Fact]
    public async Task The_stream_is_an_event_stream_that_says_ready_first()
    {
        using var timeout = new CancellationTokenSource(Limit);
        await using var stream = await EventReader.Open(_app.CreateClient(), "/emulator/events", timeout.Token);

        stream.Response.StatusCode.Should().Be(HttpStatusCode.OK);
        stream.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        stream.Response.Headers.CacheControl!.NoCache.Should().BeTrue();
        var ready = await stream.Next(timeout.Token);
        ready.Type.Should().Be("ready");
        ready.Data.GetProperty("type").GetString().Should().Be("ready");
    }

    [Fact]
    public async Task Each_committed_change_is_one_event_in_commit_order()
    {
        var scenario = new OutboxScenario(_app);
        var sku = await scenario.DemoSku("sv-SE");
        var contact = await _app.Contacts().CreateContactAsync(new Client.CreateContactRequest { Email = "ada@example.com" });
        using var timeout = new CancellationTokenSource(Limit);
        await using var stream = await EventReader.Open(_app.CreateClient(), "/emulator/events", timeout.Token);
        (await stream.Next(timeout.Token)).Type.Should().Be("ready");

        var subscription = await _app.BackInStock().CreateSubscriptionAsync(new Client.CreateSubscriptionRequest { ContactId = contact.Id, Sku = sku, Locale = "sv-SE" });
        await scenario.BringBack(sku, "sv-SE");
        var email = (await new Client.OutboxClient(_app.CreateClient()).ListOutboxAsync(contact.Id, null, null, null, null, null, null, null, null, null)).Data.Single();
        (await _app.CreateClient().DeleteAsync(new Uri($"/emulator/outbox/{email.Id}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var events = await stream.Take(6, timeout.Token);
        events.Select(e => (e.Type, e.Data.GetProperty("id").GetString())).Should().Equal(
            ("subscription.created", subscription.Id.ToString()),
            ("stock-level.changed", sku),
            ("subscription.deleted", subscription.Id.ToString()),
            ("log.created", events[3].Data.GetProperty("id").GetString()),
            ("email.created", email.Id.ToString()),
            ("email.deleted", email.Id.ToString()));
        events.Select(e => long.Parse(e.Id!, System.Globalization.CultureInfo.InvariantCulture)).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        events.Should().OnlyContain(e => e.Data.GetProperty("type").GetString() == e.Type && e.Data.GetProperty("sequence").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == e.Id);
        events[4].Data.GetProperty("data").GetProperty("to").GetString().Should().Be("ada@example.com");
        stream.Pending.Should().BeEmpty("nothing else was committed");
    }

    [Fact]
    public async Task An_idle_stream_gets_heartbeats()
    {
        using var timeout = new CancellationTokenSource(Limit);
        await using var stream = await EventReader.Open(_app.CreateClient(), "/emulator/events", timeout.Token);

        (await stream.Next(timeout.Token)).Type.Should().Be("ready");
        (await stream.Next(timeout.Token)).Type.Should().Be("heartbeat");
    }

    [Fact]
    public async Task The_stream_ends_when_its_client_goes()
    {
        var feed = _app.Services.GetRequiredService<TenantDirectory>().Default.Emulator.Changes;
        using var timeout = new CancellationTokenSource(Limit);
        var stream = await EventReader.Open(_app.CreateClient(), "/emulator/events", timeout.Token);
        (await stream.Next(timeout.Token)).Type.Should().Be("ready");
        feed.Listeners.Should().Be(1);

        await stream.DisposeAsync();

        while (feed.Listeners > 0)
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    [Fact]
    public async Task A_stream_tells_only_the_changes_of_its_own_tenant()
    {
        using var app = GatewayApplication.TwoTenants(("brand-a", "key-a-1234"), ("brand-b", "key-b-1234"));
        using var timeout = new CancellationTokenSource(Limit);
        await using var stream = await EventReader.Open(app.CreateClient(), "/emulator/events?tenant=brand-b", timeout.Token);
        (await stream.Next(timeout.Token)).Type.Should().Be("ready");

        (await app.CreateClient().DeleteAsync(new Uri("/emulator/outbox?tenant=brand-a", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await app.CreateClient().DeleteAsync(new Uri("/emulator/feeds/en-US?tenant=brand-b", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var first = await stream.Next(timeout.Token);
        first.Type.Should().Be("feed.deleted");
        first.Data.GetProperty("id").GetString().Should().Be("en-US");
    }

    public void Dispose() => _app.Dispose();
}

/// <summary>Reads server-sent events off a response as an EventSource would, skipping heartbeats unless asked for them.</summary>
internal sealed class EventReader : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly StreamReader _reader;

    private EventReader(HttpClient client, HttpResponseMessage response, StreamReader reader)
    {
        _client = client;
        Response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response { get; }

    /// <summary>Events already read off the wire but not taken.</summary>
    public List<ServerEvent> Pending { get; } = [];

    public static async Task<EventReader> Open(HttpClient client, string url, CancellationToken cancellationToken)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return new EventReader(client, response, new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken)));
    }

    /// <summary>The next event, heartbeats included.</summary>
    public async Task<ServerEvent> Next(CancellationToken cancellationToken)
    {
        string? type = null, id = null, data = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellationToken) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    using var json = JsonDocument.Parse(data);
                    return new ServerEvent(type ?? "message", id, json.RootElement.Clone());
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "event": type = value; break;
                case "id": id = value; break;
                case "data": data = data is null ? value : data + "\n" + value; break;
            }
        }
    }

    /// <summary>The next <paramref name="count"/> change events, heartbeats skipped.</summary>
    public async Task<List<ServerEvent>> Take(int count, CancellationToken cancellationToken)
    {
        var events = new List<ServerEvent>();
        while (events.Count < count)
        {
            var next = await Next(cancellationToken);
            if (next.Type != "heartbeat")
            {
                events.Add(next);
            }
        }

        // Whatever arrives within a heartbeat's time after them is not theirs to take; a test can check there is none.
        using var settle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        settle.CancelAfter(TimeSpan.FromMilliseconds(1500));
        try
        {
            while (true)
            {
                var extra = await Next(settle.Token);
                if (extra.Type != "heartbeat")
                {
                    Pending.Add(extra);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        return events;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        Response.Dispose();
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed record ServerEvent(string Type, string? Id, JsonElement Data);
