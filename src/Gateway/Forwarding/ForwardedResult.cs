using System.Net.Http.Headers;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Errors;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace BackInStock.Gateway.Forwarding;

/// <summary>
/// The answer of a validated request in forward mode: the same request sent to the Engage tenant (its
/// own key in place of the local one) and the tenant's answer copied back unchanged. The generated
/// endpoints return it once the contract checks have passed, so an invalid request never leaves.
/// </summary>
public sealed class ForwardedResult : IResult
{
    public const string HttpClientName = "engage";

    public static readonly ForwardedResult Instance = new();

    // Headers that describe one connection, not the message; never copied across the hop.
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer",
    };

    private ForwardedResult()
    {
    }

    /// <summary>Whether this request is to be forwarded rather than served by the emulator.</summary>
    public static bool Applies(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptionsMonitor<ForwardOptions>>().CurrentValue.Enabled;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptionsMonitor<ForwardOptions>>().CurrentValue;
        var client = httpContext.RequestServices.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        using var request = Upstream(httpContext, options);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, httpContext.RequestAborted);
        }
        catch (TimeoutRejectedException)
        {
            await Dialects(httpContext).WriteAsync(httpContext, ErrorCatalogue.UpstreamTimeout, $"Engage at {options.BaseUrl} did not answer in time (attempts of {options.AttemptTimeoutSeconds} s, {options.TotalTimeoutSeconds} s in all).");
            return;
        }
        catch (HttpRequestException failure)
        {
            await Dialects(httpContext).WriteAsync(httpContext, ErrorCatalogue.UpstreamUnreachable, $"Engage at {options.BaseUrl} could not be reached: {failure.Message}");
            return;
        }

        using (response)
        {
            httpContext.Response.StatusCode = (int)response.StatusCode;
            Copy(response.Headers, httpContext.Response.Headers);
            Copy(response.Content.Headers, httpContext.Response.Headers);
            await response.Content.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted);
        }
    }

    // A tenant that cannot answer is the emulator's error, told in the route's dialect (Engage's on /api/v3).
    private static ErrorDialects Dialects(HttpContext http) => http.RequestServices.GetRequiredService<ErrorDialects>();

    private static HttpRequestMessage Upstream(HttpContext http, ForwardOptions options)
    {
        var incoming = http.Request;
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(options.BaseUrl!, incoming.Path.Value + incoming.QueryString.Value));
        if (ContractBody.Received(http) is { } body)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(incoming.ContentType!);
        }

        request.Headers.TryAddWithoutValidation("apikey", options.ApiKey);
        request.Headers.TryAddWithoutValidation("User-Agent", incoming.Headers.UserAgent.Count > 0 ? incoming.Headers.UserAgent.ToString() : "BackInStock-Gateway");
        if (incoming.Headers.Accept.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", incoming.Headers.Accept.ToString());
        }

        return request;
    }

    private static void Copy(HttpHeaders from, IHeaderDictionary to)
    {
        foreach (var (name, values) in from)
        {
            if (!HopByHop.Contains(name))
            {
                to[name] = values.ToArray();
            }
        }
    }
}
