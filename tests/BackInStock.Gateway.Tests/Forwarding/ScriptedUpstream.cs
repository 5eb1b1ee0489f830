using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BackInStock.Gateway.Tests.Forwarding;

/// <summary>What the fake tenant received.</summary>
public sealed record UpstreamRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);

/// <summary>
/// A loopback stand-in for a real Engage tenant: records every request and answers the next scripted
/// response (then the last one again), so forward-mode tests never leave the machine.
/// </summary>
public sealed class ScriptedUpstream : IAsyncDisposable
{
    private readonly Queue<Func<HttpContext, Task>> _script = new();
    private Func<HttpContext, Task> _last = context => Answer(context, 200, "{}");

    private WebApplication _app = null!;

    public List<UpstreamRequest> Requests { get; } = [];

    public Uri BaseUrl => _app.BaseUrl();

    public static async Task<ScriptedUpstream> StartAsync()
    {
        var upstream = new ScriptedUpstream();
        upstream._app = await LoopbackServer.StartAsync(app => app.Run(upstream.Handle));
        return upstream;
    }

    /// <summary>Answers one request with this status, body and headers.</summary>
    public ScriptedUpstream Then(int status, string body = "", string contentType = "application/json", params (string Name, string Value)[] headers) =>
        Then(context =>
        {
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            return Answer(context, status, body, contentType);
        });

    /// <summary>Answers one request after a delay (cut short when the caller gives up).</summary>
    public ScriptedUpstream ThenSlowly(TimeSpan delay, int status = 200) =>
        Then(async context =>
        {
            await Task.Delay(delay, context.RequestAborted);
            await Answer(context, status, "{}");
        });

    private ScriptedUpstream Then(Func<HttpContext, Task> answer)
    {
        lock (_script)
        {
            _script.Enqueue(answer);
            _last = answer;
        }

        return this;
    }

    private async Task Handle(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Func<HttpContext, Task> answer;
        lock (_script)
        {
            Requests.Add(new(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body,
                DateTimeOffset.UtcNow));
            answer = _script.Count > 0 ? _script.Dequeue() : _last;
        }

        try
        {
            await answer(context);
        }
        catch (OperationCanceledException)
        {
            // The gateway gave up on this attempt (its timeout): nothing left to answer.
        }
    }

    private static Task Answer(HttpContext context, int status, string body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        if (body.Length == 0)
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    public ValueTask DisposeAsync() => _app.StopAndDisposeAsync();
}
