using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using BackInStock.Emulator.Changes;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Hosting;
using BackInStock.Gateway.Tenancy;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Handlers;

/// <summary>
/// The tenant's committed changes as server-sent events (emulator-only). The stream listens before it says
/// <c>ready</c>, so a client that acts after <c>ready</c> sees every change it causes. It ends when the
/// client goes (the request's cancellation); a heartbeat keeps idle proxies from closing it.
/// </summary>
public sealed class EventsHandlers(TenantContext tenant, IOptions<GatewayOptions> options, TimeProvider time) : IEventsHandlers
{
    public const string Ready = "ready";
    public const string Heartbeat = "heartbeat";

    // A browser's EventSource reconnects after this; the page refetches when it does.
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    IAsyncEnumerable<SseItem<EmulatorEvent>> IEventsHandlers.StreamEvents() => Stream(CancellationToken.None);

    private async IAsyncEnumerable<SseItem<EmulatorEvent>> Stream([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var heartbeat = TimeSpan.FromSeconds(Math.Max(1, settings.EventsHeartbeatSeconds));
        using var listener = tenant.Emulator.Changes.Listen(Math.Max(1, settings.EventsBuffer));
        yield return new SseItem<EmulatorEvent>(new EmulatorEvent { Type = Ready, Sequence = 0 }, Ready) { ReconnectionInterval = Retry };

        var next = listener.ReadAsync(cancellationToken).AsTask();
        while (true)
        {
            var change = await NextAsync(next, heartbeat, cancellationToken);
            if (cancellationToken.IsCancellationRequested || next.IsFaulted)
            {
                yield break;
            }

            if (change is null)
            {
                yield return new SseItem<EmulatorEvent>(new EmulatorEvent { Type = Heartbeat, Sequence = 0 }, Heartbeat);
                continue;
            }

            yield return Item(change);
            next = listener.ReadAsync(cancellationToken).AsTask();
        }
    }

    /// <summary>The next change, or null when the heartbeat is due first or the stream is ending (never throws: an iterator cannot yield from a catch).</summary>
    private async Task<Change?> NextAsync(Task<Change> next, TimeSpan heartbeat, CancellationToken cancellationToken)
    {
        try
        {
            await next.WaitAsync(heartbeat, time, cancellationToken);
            return next.Result;
        }
        catch (Exception failure) when (failure is TimeoutException or OperationCanceledException or ObjectDisposedException)
        {
            return next.IsCompletedSuccessfully ? next.Result : null;
        }
    }

    private static SseItem<EmulatorEvent> Item(Change change)
    {
        var data = new EmulatorEvent
        {
            Type = change.Type,
            Id = change.Id,
            Sequence = change.Sequence,
            Data = change.Data?.ToDictionary(),
        };
        return new SseItem<EmulatorEvent>(data, change.Type) { EventId = change.Sequence > 0 ? change.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) : null };
    }
}
