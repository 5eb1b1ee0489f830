using System.Text;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Errors;

/// <summary>
/// Klaviyo's JSON:API errors, {"errors": [{id, status, code, title, detail, source}]} as
/// application/vnd.api+json (Klaviyo's OpenAPI "ClientError"; "Invalid input." and code "invalid" as in
/// Klaviyo's own SDK fixtures). One error per invalid field, its source a JSON pointer into the body
/// or the name of the parameter.
/// </summary>
public static class KlaviyoErrorDialect
{
    public const string ContentType = "application/vnd.api+json";

    public static RouteGroupBuilder WithKlaviyoErrors(this RouteGroupBuilder group) => group.WithErrorDialect(Rewrite);

    public static IResult Rewrite(Problem problem)
    {
        var (code, title) = CodeOf(problem);
        var errors = problem.Errors is { Count: > 0 } fields
            ? fields.SelectMany(f => f.Value.Select(message => Error(problem.Status, code, title, Detail(f.Key, message), SourceOf(f.Key)))).ToList()
            : [Error(problem.Status, code, title, problem.Detail ?? problem.Message, null)];
        return Result(problem.Status, errors);
    }

    public static IResult Result(int status, List<KlaviyoError> errors) =>
        TypedResults.Json(new KlaviyoErrorList { Errors = errors }, options: null, contentType: ContentType, statusCode: status);

    public static KlaviyoError Error(int status, string code, string title, string detail, KlaviyoErrorSource? source) => new()
    {
        Id = Guid.NewGuid().ToString(),
        Status = status,
        Code = code,
        Title = title,
        Detail = detail,
        Source = source,
    };

    // Klaviyo's codes follow Django REST framework's; only "invalid" (400) is attested for this API.
    private static (string Code, string Title) CodeOf(Problem problem) => problem.Status switch
    {
        400 when problem.ErrorCode == ErrorCatalogue.MalformedJson.Code || problem.ErrorCode == ErrorCatalogue.NoData.Code => ("parse_error", "Malformed request."),
        400 => ("invalid", "Invalid input."),
        404 => ("not_found", "Not found."),
        413 => ("request_too_large", "Request too large."),
        415 => ("unsupported_media_type", "Unsupported media type."),
        429 => ("throttled", "Request was throttled."),
        _ => ("error", problem.Title),
    };

    private static string Detail(string key, string message)
    {
        var name = key.StartsWith('$') ? key[(key.LastIndexOf('.') + 1)..] : key;
        return name is "$" or "" ? message : $"'{name}' {message}";
    }

    private static KlaviyoErrorSource SourceOf(string key) =>
        key.StartsWith('$') ? new KlaviyoErrorSource { Pointer = JsonPointerOf(key) } : new KlaviyoErrorSource { Parameter = key };

    /// <summary>"$.data.attributes.channels[0]" as the JSON pointer "/data/attributes/channels/0"; "$" as "/data".</summary>
    public static string JsonPointerOf(string path)
    {
        if (path == "$")
        {
            return "/data";
        }

        var pointer = new StringBuilder();
        foreach (var part in path[1..].Replace("[", ".", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            pointer.Append('/').Append(part.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }

        return pointer.ToString();
    }
}
