namespace BackInStock.Gateway.Hosting;

/// <summary>The gateway's own settings, bound from the "Gateway" configuration section.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Keys accepted in the <c>apikey</c> (or <c>x-api-key</c>) header on <c>/api/v3</c> routes.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>The largest JSON body a contract operation reads; larger ones get a 413 problem.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
