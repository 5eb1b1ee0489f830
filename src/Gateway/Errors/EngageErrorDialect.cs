using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Errors;

/// <summary>
/// Engage's errors, {errorCode, message, messageDetails, requestId} as application/json, on Engage's routes
/// (/api/v3 and the Centra accelerator). A body that is JSON but breaks the contract is a 422 with one
/// validationErrors item per invalid field (Engage's "422 - ValidationError"); the request as a whole or
/// a parameter is a 400 (Engage's find-contact page answers a bad email parameter 400 InvalidEmailAddress).
/// The emulator's extras: each item's JSON path, and the problem's errors map.
/// </summary>
public static class EngageErrorDialect
{
    public const string ContentType = "application/json";

    public static RouteGroupBuilder WithEngageErrors(this RouteGroupBuilder group) => group.WithErrorDialect(Rewrite);

    public static IResult Rewrite(Problem problem)
    {
        // Invalid input lists its fields; a refusal of the request as a whole (413, 415) keeps them in errors only.
        var items = problem.Status == StatusCodes.Status400BadRequest
            ? problem.Errors?.SelectMany(f => f.Value.Select(message => Item(f.Key, message, problem.ErrorCode))).ToList()
            : null;
        var invalidBody = IsInvalidBody(problem);
        var error = new EngageError
        {
            ErrorCode = invalidBody ? problem.ErrorCode : CodeOf(problem, items),
            Message = problem.ErrorCode == ErrorCatalogue.ValidationError.Code && items is { Count: > 0 }
                ? $"{problem.Errors!.Count} field(s) are invalid; see validationErrors."
                : problem.Message,
            MessageDetails = problem.MessageDetails,
            RequestId = problem.RequestId ?? string.Empty,
            ValidationErrors = items is { Count: > 0 } ? items : null,
            Errors = problem.Errors,
        };
        var status = invalidBody ? StatusCodes.Status422UnprocessableEntity : problem.Status;
        return TypedResults.Json(error, options: null, contentType: ContentType, statusCode: status);
    }

    // A refusal that names fields of a body it could read; the body as a whole (empty, not JSON) stays a 400.
    private static bool IsInvalidBody(Problem problem) =>
        problem.Status == StatusCodes.Status400BadRequest
        && problem.ErrorCode != ErrorCatalogue.MalformedJson.Code
        && problem.ErrorCode != ErrorCatalogue.NoData.Code
        && problem.Errors is { } fields
        && fields.Keys.Any(key => key.StartsWith('$'));

    // Parameters only: Engage names the failure when it has a name for it (InvalidEmailAddress), as its find-contact page lists.
    private static string CodeOf(Problem problem, List<EngageValidationError>? items) =>
        problem.ErrorCode == ErrorCatalogue.ValidationError.Code && items is { Count: > 0 } && items.Select(i => i.ErrorCode).Distinct().Count() == 1
            ? items[0].ErrorCode
            : problem.ErrorCode;

    // An item carries the refusal's code (ValidationError, MalformedJson, UnknownStore), or Engage's name for a bad address.
    private static EngageValidationError Item(string path, string message, string errorCode) => new()
    {
        Key = KeyOf(path),
        ErrorCode = message == JsonChecks.NotAnEmailAddress ? ErrorCatalogue.InvalidEmailAddress.Code : errorCode,
        ErrorDescription = message,
        Path = path,
    };

    // The field as the body spells it ("items[0].sku"), "" for the whole body, a parameter by its name.
    private static string KeyOf(string path) => path switch
    {
        "$" => string.Empty,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };
}
