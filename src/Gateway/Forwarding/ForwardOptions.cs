namespace BackInStock.Gateway.Forwarding;

/// <summary>
/// Forward mode, bound from the "Forward" section: with a base URL, every valid <c>/api/v3</c> request
/// goes to that Engage tenant instead of the in-process emulator; invalid ones never leave the machine.
/// </summary>
public sealed class ForwardOptions
{
    public const string Section = "Forward";

    /// <summary>The tenant's Engage address, such as <c>https://mytenant.voyado.com</c>; null serves from the emulator.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The tenant's API key, sent upstream in the <c>apikey</c> header instead of the local one.</summary>
    public string? ApiKey { get; set; }

    public double AttemptTimeoutSeconds { get; set; } = 10;

    public double TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries after a 429 (any method) or a 5xx, timeout or connection failure (idempotent methods only).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay when the upstream sends no Retry-After; doubled per attempt, with jitter.</summary>
    public double RetryDelaySeconds { get; set; } = 0.5;

    /// <summary>The longest Retry-After the gateway waits for; a longer one is answered to the client as it came.</summary>
    public double MaxRetryDelaySeconds { get; set; } = 10;

    public bool Enabled => BaseUrl is not null;

    /// <summary>What is wrong with the settings, or null; checked before the gateway starts.</summary>
    public string? Problem() => BaseUrl switch
    {
        null => null,
        { IsAbsoluteUri: false } => $"{Section}:BaseUrl must be an absolute http(s) URL, not \"{BaseUrl}\".",
        { Scheme: not ("http" or "https") } => $"{Section}:BaseUrl must be an http(s) URL, not \"{BaseUrl}\".",
        _ when string.IsNullOrWhiteSpace(ApiKey) => $"{Section}:ApiKey is required when {Section}:BaseUrl is set (the Engage tenant's API key).",
        _ when AttemptTimeoutSeconds <= 0 || TotalTimeoutSeconds <= 0 || MaxRetries < 0 || RetryDelaySeconds < 0 => $"{Section} timeouts must be positive and retries not negative.",
        _ => null,
    };
}
