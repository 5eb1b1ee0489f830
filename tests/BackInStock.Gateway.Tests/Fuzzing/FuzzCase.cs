using System.Text;

namespace BackInStock.Gateway.Tests.Fuzzing;

/// <summary>One mutated request: what was done to it, and the bytes to send, so a failure can be replayed with curl.</summary>
public sealed record FuzzCase(string OperationId, string Mutation, HttpMethod Method, string Path, byte[]? Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, new Uri(Path, UriKind.Relative));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>A curl command that sends the same request to a running gateway.</summary>
    public string Curl(string baseUrl = "http://127.0.0.1:5080", bool wholeBody = false)
    {
        var curl = new StringBuilder($"curl -s -i -X {Method} '{baseUrl}{Path}'");
        foreach (var (name, value) in Headers)
        {
            curl.Append($" -H '{name}: {value}'");
        }

        if (ContentType is not null)
        {
            curl.Append($" -H 'Content-Type: {ContentType}'");
        }

        if (Body is not null)
        {
            var text = Encoding.UTF8.GetString(Body);
            curl.Append(text.Length > 400 && !wholeBody ? $" --data-binary '<{Body.Length} bytes>'" : $" --data-binary '{text.Replace("'", "'\\''", StringComparison.Ordinal)}'");
        }

        return curl.ToString();
    }

    public override string ToString() => $"{OperationId} [{Mutation}]";
}
