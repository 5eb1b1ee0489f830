namespace BackInStock.Gateway.Hosting;

/// <summary>The gateway's own settings, bound from the "Gateway" configuration section.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Keys accepted in the <c>apikey</c> (or <c>x-api-key</c>) header on <c>/api/v3</c> routes.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>The largest JSON body a contract operation reads; larger ones get a 413 problem.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest NDJSON body <c>POST /emulator/import</c> reads (streamed, never held whole); larger ones get a 413 problem.</summary>
    public long MaxImportBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Host names served besides localhost, 127.0.0.1 and [::1] (any port); each opens the gateway to that name deliberately.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>
    /// The key control-plane writes must send in <c>X-BackInStock-Admin-Key</c> when they come from another
    /// machine or through one of <see cref="AllowedHosts"/>; without it such writes are refused.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>How often an open event stream (GET /emulator/events) sends a heartbeat, so proxies and browsers keep it open.</summary>
    public int EventsHeartbeatSeconds { get; set; } = 15;

    /// <summary>How many events one stream holds for a slow reader; past that they are dropped and the reader is told to resync.</summary>
    public int EventsBuffer { get; set; } = Emulator.Changes.ChangeFeed.DefaultCapacity;
}
