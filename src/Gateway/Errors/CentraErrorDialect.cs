using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Errors;

/// <summary>
/// Centra's Checkout API errors: a status of 400 or above and an "errors" object keyed by field,
/// e.g. {"errors": {"item": "product item not found"}} (Centra's Checkout API reference, "API Errors").
/// </summary>
public static class CentraErrorDialect
{
    /// <summary>The key for a failure of the request as a whole (media type, size, syntax).</summary>
    public const string BodyKey = "body";

    public static RouteGroupBuilder WithCentraErrors(this RouteGroupBuilder group) => group.WithErrorDialect(Rewrite);

    public static IResult Rewrite(Problem problem)
    {
        var errors = problem.Errors is { Count: > 0 } fields
            ? fields.ToDictionary(f => FieldOf(f.Key), f => string.Join(" ", f.Value), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal) { [BodyKey] = problem.Detail ?? problem.Message };
        return TypedResults.Json(new CentraErrors { Errors = errors }, options: null, contentType: "application/json", statusCode: problem.Status);
    }

    // Centra names fields as the body spells them ("item", "shipTo.country"), not as JSON paths.
    private static string FieldOf(string path) => path switch
    {
        "$" => BodyKey,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ => path,
    };
}
