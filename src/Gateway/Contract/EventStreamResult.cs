using System.Net.ServerSentEvents;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// A text/event-stream answer, written by ASP.NET Core's server-sent events result (no buffering, no caching,
/// a flush per event, enumerated with the request's cancellation). It adds no endpoint metadata of its own:
/// the contract's <c>.Produces</c> describes the stream, so the runtime document keeps the contract's schema.
/// </summary>
public sealed class EventStreamResult<T>(IAsyncEnumerable<SseItem<T>> events) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.ServerSentEvents(events).ExecuteAsync(httpContext);
}
