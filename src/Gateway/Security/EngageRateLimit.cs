namespace BackInStock.Gateway.Security;

/// <summary>
/// Engage's rate limit on its own routes ("Engage:RateLimit"): Voyado's API rate-limit page
/// (https://developer.voyado.com/en/api/api-rate-limit.html) answers 429 above 200 requests per second,
/// measured per API key, and asks integrations to stay under 50. Emulated at that number so clients can
/// test their back-off; benchmarks and burst tests switch it off (Enabled=false or PermitsPerSecond=0).
/// </summary>
public sealed class EngageRateLimit
{
    public const string Section = "Engage:RateLimit";

    public bool Enabled { get; set; } = true;

    public int PermitsPerSecond { get; set; } = 200;

    public bool On => Enabled && PermitsPerSecond > 0;
}
