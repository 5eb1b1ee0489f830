using System.Collections.Concurrent;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Errors;

/// <summary>
/// Which paths answer errors in a vendor's dialect, for the errors routing gives before any endpoint
/// filter runs (a 415 for a body that is not JSON, a 405 for another method, a 404 for no operation).
/// </summary>
public sealed class ErrorDialects
{
    private readonly ConcurrentDictionary<string, Func<Problem, IResult>> _byPath = new(StringComparer.OrdinalIgnoreCase);

    // A path no operation serves still belongs to its vendor by its first two segments ("/api/v3"), unless vendors share them.
    private readonly ConcurrentDictionary<string, Func<Problem, IResult>?> _byArea = new(StringComparer.OrdinalIgnoreCase);

    public void Register(string routePattern, Func<Problem, IResult> rewrite)
    {
        _byPath[Key(routePattern)] = rewrite;
        _byArea.AddOrUpdate(Area(routePattern), rewrite, (_, known) => Equals(known, rewrite) ? known : null);
    }

    public Func<Problem, IResult>? For(PathString path)
    {
        var value = path.Value ?? string.Empty;
        return _byPath.GetValueOrDefault(Key(value)) ?? _byArea.GetValueOrDefault(Area(value));
    }

    /// <summary>Answers an error from outside any endpoint (middleware, routing) as the path's vendor would, or as a problem.</summary>
    public Task WriteAsync(HttpContext http, EmulatorError error, string detail) =>
        WriteAsync(http, Problems.Create(http, error, detail, fields: null));

    public Task WriteAsync(HttpContext http, Problem problem) =>
        For(http.Request.Path) is { } dialect ? dialect(problem).ExecuteAsync(http) : Problems.Result(problem).ExecuteAsync(http);

    // Routing matches with or without a trailing slash, so the registry does too.
    private static string Key(string path) => "/" + path.Trim('/');

    private static string Area(string path) => "/" + string.Join('/', path.Trim('/').Split('/').Take(2));
}
