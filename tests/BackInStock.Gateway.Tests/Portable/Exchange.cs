using System.Text;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>One request the suite sent and the answer it got, enough to reproduce it with curl.</summary>
public sealed record Exchange(
    string OperationId, string Method, Uri Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body,
    int Status, string? ContentType, string ResponseBody, string? Violations)
{
    /// <summary>A shell command that sends the same request (single quotes escaped for POSIX shells).</summary>
    public string Curl()
    {
        var command = new StringBuilder($"curl -i -X {Method} {Quote(Url.ToString())}");
        foreach (var (name, value) in Headers)
        {
            command.Append(" -H ").Append(Quote($"{name}: {value}"));
        }

        if (Body is not null)
        {
            command.Append(" --data-raw ").Append(Quote(Body));
        }

        return command.ToString();
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
