using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Clients;

/// <summary>An answer as a client meets it: the status, the headers and the raw text, which each client then reads its own way.</summary>
internal sealed record WireAnswer(HttpStatusCode Status, HttpResponseHeaders Headers, string? MediaType, string Text)
{
    public JsonNode? Json => Text.Length == 0 ? null : JsonNode.Parse(Text);
}

/// <summary>
/// Sends a request with exactly the headers a client sets, including the ones .NET keeps on the content
/// (Content-Type), so a client's quirks (a Content-Type on a GET) reach the gateway as they would from it.
/// </summary>
internal static class Wire
{
    public static async Task<WireAnswer> SendAsync(
        HttpClient http, HttpMethod method, string uri, IReadOnlyDictionary<string, string> headers, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(uri, UriKind.Relative));
        string? contentType = null;
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (body is not null || contentType is not null)
        {
            // A client that sets Content-Type on a bodiless GET sends it with an empty body; .NET needs content to carry it.
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body ?? string.Empty));
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        using var response = await http.SendAsync(request);
        return new WireAnswer(response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
