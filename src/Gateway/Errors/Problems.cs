using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackInStock.Gateway.Errors;

/// <summary>
/// The one place an error from the catalogue becomes an RFC 9457 problem: what the emulator's own routes
/// answer, and what every route's error dialect (Engage's, Centra's, Klaviyo's) is rewritten from.
/// </summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static JsonHttpResult<Problem> Invalid(HttpContext http, ContractErrors errors)
    {
        var detail = errors.Error == ErrorCatalogue.ValidationError
            ? $"{errors.Count} field(s) are invalid; see errors."
            : errors.Fields.First().Value[0];
        return Result(Create(http, errors.Error, detail, errors.Fields));
    }

    public static JsonHttpResult<Problem> For(HttpContext http, EmulatorError error, string detail) =>
        Result(Create(http, error, detail, fields: null));

    /// <summary>The problem an emulator refusal becomes, with its fields and Engage's messageDetails.</summary>
    public static Problem Of(HttpContext http, EmulatorException refused) =>
        Create(http, refused.Error, refused.Message, refused.Fields, refused.MessageDetails);

    public static Problem Create(
        HttpContext http, EmulatorError error, string detail, IReadOnlyDictionary<string, List<string>>? fields,
        Emulator.Errors.MessageDetails? details = null) => new()
    {
        Type = "urn:backinstock:problem:" + error.Code,
        Title = error.Title,
        Status = error.Status,
        Detail = detail,
        Instance = http.Request.Path.Value,
        ErrorCode = error.Code,
        Message = detail,
        RequestId = http.TraceIdentifier,
        Errors = fields?.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
        MessageDetails = details is null ? null : new EngageMessageDetails { MultipleMatchesFound = details.MultipleMatchesFound?.ToList() },
    };

    public static Task WriteAsync(HttpContext http, EmulatorError error, string detail) =>
        For(http, error, detail).ExecuteAsync(http);

    public static JsonHttpResult<Problem> Result(Problem problem) =>
        TypedResults.Json(problem, options: null, contentType: ContentType, statusCode: problem.Status);
}
