using System.Collections.Concurrent;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Errors;

/// <summary>
/// Which paths answer errors in a vendor's dialect, for the errors routing gives before any endpoint
/// filter runs (a 415 for a body that is not JSON, a 405 for another method).
/// </summary>
public sealed class ErrorDialects
{
    private readonly ConcurrentDictionary<string, Func<Problem, IResult>> _byPath = new(StringComparer.OrdinalIgnoreCase);

    public void Register(string routePattern, Func<Problem, IResult> rewrite) => _byPath[Key(routePattern)] = rewrite;

    public Func<Problem, IResult>? For(PathString path) => _byPath.GetValueOrDefault(Key(path.Value ?? string.Empty));

    /// <summary>Answers an error from outside any endpoint (middleware, routing) as the path's vendor would, or as a problem.</summary>
    public Task WriteAsync(HttpContext http, EmulatorError error, string detail) =>
        WriteAsync(http, Problems.Create(http, error, detail, fields: null));

    public Task WriteAsync(HttpContext http, Problem problem) =>
        For(http.Request.Path) is { } dialect ? dialect(problem).ExecuteAsync(http) : Problems.Result(problem).ExecuteAsync(http);

    // Routing matches with or without a trailing slash, so the registry does too.
    private static string Key(string path) => "/" + path.Trim('/');
}
