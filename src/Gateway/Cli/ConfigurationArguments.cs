namespace BackInStock.Gateway.Cli;

/// <summary>
/// ASP.NET configuration keys on the command line (<c>--Store:Path x</c>, <c>--urls=…</c>, <c>--environment Development</c>)
/// reach the host as they always have; every other argument is the CLI's, so a mistyped option is an error
/// rather than a setting nobody reads.
/// </summary>
public static class ConfigurationArguments
{
    // The host's own keys that have no section; every key with a section ("Section:Key") is configuration.
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "webroot", "http_ports", "https_ports",
        "hostingStartupAssemblies", "hostingStartupExcludeAssemblies", "preventHostingStartup",
        "shutdownTimeoutSeconds", "detailedErrors", "captureStartupErrors", "suppressStatusMessages",
        "preferHostingUrls", "AllowedHosts",
    };

    /// <summary>The CLI's arguments, and the configuration keys with their values in ASP.NET's forms.</summary>
    public static (string[] Command, string[] Configuration) Split(IReadOnlyList<string> args)
    {
        var command = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!IsConfigurationKey(args[i]))
            {
                command.Add(args[i]);
                continue;
            }

            configuration.Add(args[i]);

            // "--Key value": ASP.NET takes the next argument as the value, whatever it looks like.
            if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
            {
                configuration.Add(args[++i]);
            }
        }

        return ([.. command], [.. configuration]);
    }

    /// <summary>Whether the configuration arguments set <paramref name="key"/> (the host reads it before any other setting).</summary>
    public static bool Sets(IEnumerable<string> configuration, string key) =>
        configuration.Any(argument => IsConfigurationKey(argument) && string.Equals(Key(argument), key, StringComparison.OrdinalIgnoreCase));

    private static bool IsConfigurationKey(string argument) =>
        argument.Length > 2 && argument.StartsWith("--", StringComparison.Ordinal) && Key(argument) is var key
        && (key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key));

    private static string Key(string argument) => argument[2..].Split('=', 2)[0];
}
