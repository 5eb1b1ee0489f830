namespace BackInStock.Gateway.Security;

/// <summary>
/// An email's HTML comes from templates and shopper data, so opened on its own it must not run as a
/// page of the gateway: it is served as a sandbox (no script, an opaque origin that cannot call the
/// control plane as itself), and never sniffed into another type. The dashboard's iframe shows it as before.
/// </summary>
public static class SandboxedPreview
{
    public static RouteGroupBuilder ServeHtmlSandboxed(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter((context, next) =>
        {
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                // An SVG opened on its own is a document that could hold script, as HTML can.
                if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                    || response.ContentType?.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase) == true)
                {
                    response.Headers.ContentSecurityPolicy = "sandbox";
                    response.Headers.XContentTypeOptions = "nosniff";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return group;
    }
}
