using System.CommandLine.Parsing;

namespace BackInStock.Gateway.Cli;

/// <summary>The <c>--url</c> of the commands that talk to a running gateway: an absolute http or https address.</summary>
public static class GatewayUrl
{
    public static Uri? Parse(ArgumentResult result)
    {
        var value = result.Tokens[^1].Value;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        result.AddError($"--url takes an http or https address, not '{value}'.");
        return null;
    }
}
