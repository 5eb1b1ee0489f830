using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BackInStock.Testing;

/// <summary>
/// How <see cref="EngageEmulator.StartAsync"/> sets the emulator up. The defaults give one tenant, in memory,
/// with the demo catalog and Engage's rate limits, on a free loopback port.
/// </summary>
public sealed class EngageEmulatorOptions
{
    /// <summary>The gateway's development key (the one <c>make run</c> prints), the default <see cref="ApiKey"/>.</summary>
    public const string DefaultApiKey = "bis-dev-key-0000";

    /// <summary>The tenant id of Voyado's accelerator example, the default <see cref="TenantId"/>.</summary>
    public const string DefaultTenantId = "voyado.centraqa";

    /// <summary>The Engage tenant id; the Centra accelerator's <c>store</c> names it.</summary>
    public string TenantId { get; set; } = DefaultTenantId;

    /// <summary>The key the tenant accepts in the <c>apikey</c> header; the fixture's clients send it.</summary>
    public string ApiKey { get; set; } = DefaultApiKey;

    /// <summary>With no <see cref="FeedsPath"/>, load the fixed-seed demo catalog (sv-SE, en-US, pl-PL, de-DE). Off: no feed until a test loads one.</summary>
    public bool DemoCatalog { get; set; } = true;

    /// <summary>A folder of product feeds named after their locale (sv-SE.xml, en-US.json, pl-PL.csv), loaded at start.</summary>
    public string? FeedsPath { get; set; }

    /// <summary>A data file to keep the tenant in (one fixture at a time per file); null, the default, keeps everything in memory.</summary>
    public string? DataFile { get; set; }

    /// <summary>The attribute that identifies a contact in the tenant: <c>email</c> (default), <c>mobilePhone</c>, <c>externalId</c> or <c>socialSecurityNumber</c>.</summary>
    public string ContactKeyIdentifier { get; set; } = "email";

    /// <summary>
    /// Engage's rate limit (429 above 200 requests a second per key) and the storefront routes' per-client limit,
    /// as the gateway has them. Off for a suite that sends bursts on purpose.
    /// </summary>
    public bool RateLimits { get; set; } = true;

    /// <summary>The loopback port to listen on; 0, the default, takes a free one (see <see cref="EngageEmulator.BaseAddress"/>).</summary>
    public int Port { get; set; }

    /// <summary>
    /// Any other gateway setting by its configuration key, applied last (e.g. <c>Emulator:OutboxCapacity</c>,
    /// <c>Accelerator:Captcha:Mode</c>); the README's Configuration section lists them.
    /// </summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the gateway's logs go; by default nowhere, so a test run's output stays the tests'.</summary>
    public Action<ILoggingBuilder>? Logging { get; set; }

    /// <summary>The gateway configuration these options stand for; nothing comes from the environment or appsettings files.</summary>
    internal Dictionary<string, string?> ToConfiguration()
    {
        if (string.IsNullOrWhiteSpace(TenantId) || string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("EngageEmulatorOptions: TenantId and ApiKey must not be empty.");
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"EngageEmulatorOptions: Port must be from 0 (any free port) to 65535, not {Port}.");
        }

        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["urls"] = $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}",
            ["Gateway:ApiKeys:0"] = ApiKey,
            ["Tenants:0:Id"] = TenantId,
            ["Tenants:0:ApiKeys:0"] = ApiKey,
            ["Store:InMemory"] = DataFile is null ? "true" : "false",
            ["Emulator:DemoCatalog"] = DemoCatalog ? "true" : "false",
            ["Emulator:FeedsPath"] = FeedsPath,
            ["Emulator:Contacts:KeyIdentifier"] = ContactKeyIdentifier,
            ["Engage:RateLimit:Enabled"] = RateLimits ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        if (DataFile is not null)
        {
            configuration["Tenants:0:DataFile"] = Path.GetFullPath(DataFile);
        }

        if (!RateLimits)
        {
            // The storefront limit has no off switch: a budget no test spends is the same.
            configuration["Accelerator:RateLimit:PermitLimit"] = int.MaxValue.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in Settings)
        {
            configuration[key] = value;
        }

        return configuration;
    }
}
