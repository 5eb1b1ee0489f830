using System.Net;
using System.Security.Cryptography;
using System.Text;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Hosting;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Security;

/// <summary>
/// Local-only by default. A page on another site reaches a loopback port in two ways: DNS rebinding
/// (its own host name resolved to 127.0.0.1, so the request carries that name in Host) and simple
/// cross-site requests (a no-cors POST, a form). So every request must name a loopback host or one of
/// <c>Gateway:AllowedHosts</c>, and a control-plane write (any unsafe method under /emulator) must not
/// come from another origin or site, must be JSON (a browser sends that cross-site only after a
/// preflight the control plane never grants), and, from another machine or through a configured name,
/// must carry <c>Gateway:AdminKey</c>. The same goes for reading the dev API key (<see cref="DevKeyPath"/>):
/// another site's page cannot read it (no CORS, no rebound name), and another machine needs the admin key.
/// </summary>
public static class LocalOnly
{
    public const string AdminKeyHeader = "X-BackInStock-Admin-Key";

    public const string DevKeyPath = "/emulator/dev-key";

    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static WebApplication UseLocalOnly(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var options = http.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value;
            if ((HealthProbes.IsProbe(http.Request) ? null : CheckHost(http, options) ?? CheckDevKeyRead(http, options) ?? CheckControlPlaneWrite(http, options)) is { } refusal)
            {
                await http.RequestServices.GetRequiredService<ErrorDialects>().WriteAsync(http, refusal.Error, refusal.Detail);
                return;
            }

            await next(http);
        });
        return app;
    }

    private sealed record Refusal(EmulatorError Error, string Detail);

    // A request without Host is not from a browser (HTTP/1.1 requires one; Kestrel refuses it there).
    private static Refusal? CheckHost(HttpContext http, GatewayOptions options) =>
        http.Request.Host is { HasValue: true } host && !IsServed(host.Host, options)
            ? new(ErrorCatalogue.HostNotAllowed, $"This gateway serves {Served(options)} (any port), not '{Shorten(host.Host)}'. To serve that name deliberately, add it to Gateway:AllowedHosts and set Gateway:AdminKey for control-plane writes.")
            : null;

    /// <summary>Whether this request may be told the dev API key (the API reference pre-fills it).</summary>
    public static bool MayReadDevKey(HttpContext http) =>
        CheckAdminKey(http, http.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value, "Reading the dev API key") is null;

    private static Refusal? CheckDevKeyRead(HttpContext http, GatewayOptions options) =>
        http.Request.Path.Equals(DevKeyPath, StringComparison.OrdinalIgnoreCase) ? CheckAdminKey(http, options, "Reading the dev API key") : null;

    private static Refusal? CheckControlPlaneWrite(HttpContext http, GatewayOptions options)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method) || !IsControlPlane(http))
        {
            return null;
        }

        if (http.Request.Headers.Origin.FirstOrDefault() is { } origin && !IsServedOrigin(origin, options))
        {
            return new(ErrorCatalogue.CrossSiteRequest, $"Control-plane writes are accepted only from pages of {Served(options)}, not from Origin '{Shorten(origin)}': a page on another site must not change the emulator. To serve a team host name, add it to Gateway:AllowedHosts.");
        }

        if (string.Equals(http.Request.Headers["Sec-Fetch-Site"].FirstOrDefault(), "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return new(ErrorCatalogue.CrossSiteRequest, "The browser marked this control-plane write as cross-site (Sec-Fetch-Site); a page on another site must not change the emulator.");
        }

        if (CheckAdminKey(http, options, "This control-plane write") is { } refused)
        {
            return refused;
        }

        // DELETE never leaves a browser cross-site without a preflight, so a bodiless one needs no content type.
        var bodiless = http.Request.ContentLength is null or 0 && http.Request.Headers.TransferEncoding.Count == 0;
        if ((HttpMethods.IsDelete(http.Request.Method) && bodiless) || http.Request.HasJsonContentType())
        {
            return null;
        }

        // A route that takes NDJSON (the import) takes it too: a browser cannot send that cross-site without a preflight either.
        var lines = LinesBody.RouteTakesLines(http);
        return lines && LinesBody.IsLines(http.Request.ContentType)
            ? null
            : new(ErrorCatalogue.UnsupportedMediaType, $"Control-plane writes must be sent as {(lines ? LinesBody.MediaType : "application/json")}, even with an empty body, not {Shorten(http.Request.ContentType ?? "no content type")}: a page on another site can send any other type without asking first.");
    }

    private static Refusal? CheckAdminKey(HttpContext http, GatewayOptions options, string what)
    {
        var presented = http.Request.Headers[AdminKeyHeader].FirstOrDefault();
        var configured = string.IsNullOrEmpty(options.AdminKey) ? null : options.AdminKey;
        if (presented is not null && configured is not null)
        {
            return Matches(presented, configured) ? null : new(ErrorCatalogue.AdminKeyRequired, $"The {AdminKeyHeader} header does not match Gateway:AdminKey.");
        }

        var host = http.Request.Host.HasValue ? http.Request.Host.Host : null;
        var reason = !IsLocalClient(http.Connection.RemoteIpAddress) ? "comes from another machine"
            : host is not null && !IsLoopback(host) ? $"comes through '{Shorten(host)}'"
            : null;
        return (reason, configured) switch
        {
            (null, _) => null,
            (_, null) => new(ErrorCatalogue.AdminKeyRequired, $"{what} {reason}: set Gateway:AdminKey on the gateway and send it in the {AdminKeyHeader} header."),
            _ => new(ErrorCatalogue.AdminKeyRequired, $"{what} {reason}: send Gateway:AdminKey in the {AdminKeyHeader} header."),
        };
    }

    // Routing has run: the endpoint's pattern catches paths routing matches but a prefix test would miss.
    private static bool IsControlPlane(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/emulator", StringComparison.OrdinalIgnoreCase)
        || (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.TrimStart('/').StartsWith("emulator/", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsServedOrigin(string origin, GatewayOptions options) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && IsServed(uri.Host, options);

    private static bool IsServed(string host, GatewayOptions options) =>
        IsLoopback(host) || options.AllowedHosts.Any(allowed => string.Equals(new HostString(allowed.Trim()).Host, host, StringComparison.OrdinalIgnoreCase));

    private static bool IsLoopback(string host) => LoopbackHosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    // No address is an in-process caller (tests, a Unix socket): this machine.
    private static bool IsLocalClient(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static bool Matches(string presented, string configured) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    private static string Served(GatewayOptions options) => string.Join(", ", LoopbackHosts.Concat(options.AllowedHosts.Select(h => new HostString(h.Trim()).Host)));

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
