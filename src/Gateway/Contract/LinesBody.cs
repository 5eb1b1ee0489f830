using System.Globalization;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// An NDJSON request body (a bulk load), handed on as a stream rather than buffered: its media type and size are
/// checked here, each line by whoever reads it. Its limit is <see cref="GatewayOptions.MaxImportBytes"/>, not the JSON bodies' one.
/// </summary>
public static class LinesBody
{
    public const string MediaType = "application/x-ndjson";

    public static Stream? Open(HttpContext http, ContractErrors errors)
    {
        if (!IsLines(http.Request.ContentType))
        {
            errors.Fail(ErrorCatalogue.UnsupportedMediaType, "$", $"the body must be sent as {MediaType} (one JSON object per line), not {http.Request.ContentType ?? "no content type"}.");
            return null;
        }

        var limit = http.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxImportBytes;
        if (http.Request.ContentLength > limit)
        {
            errors.Fail(ErrorCatalogue.PayloadTooLarge, "$", string.Create(CultureInfo.InvariantCulture, $"the body must be at most {limit} bytes (Gateway:MaxImportBytes)."));
            return null;
        }

        // Kestrel's own limit is set for JSON bodies; a body without Content-Length is cut at this one instead.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        return http.Request.Body;
    }

    /// <summary>
    /// Whether the route at the request's path takes NDJSON. Asked where routing may already have refused the
    /// request's media type (its 415 endpoint carries no metadata of the route), so the route is found by its path.
    /// </summary>
    public static bool RouteTakesLines(HttpContext http)
    {
        var path = http.Request.Path.Value?.Trim('/');
        return http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains(MediaType) == true
            || http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Any(route =>
                string.Equals(route.RoutePattern.RawText?.Trim('/'), path, StringComparison.OrdinalIgnoreCase)
                && route.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains(MediaType) == true);
    }

    public static bool IsLines(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);
}
