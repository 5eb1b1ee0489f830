namespace BackInStock.Emulator.Outbox;

/// <summary>
/// Feeds are third-party data: a product link of <c>javascript:alert(1)</c> must not become an email's
/// href. Templates only ever see http, https and mailto addresses; anything else reads as missing.
/// </summary>
public static class SafeUrl
{
    public static string? OrNull(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto)
            ? uri.OriginalString
            : null;
}
