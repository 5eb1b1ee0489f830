using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace BackInStock.Gateway.Errors;

/// <summary>
/// Lets a route group answer errors in its vendor's shape while validation and the emulator keep
/// speaking problems: the group's filter rewrites every problem its endpoints answer (or that an
/// emulator refusal would become) into the dialect, with the same status.
/// </summary>
public static class ErrorDialect
{
    /// <summary>The dialect of the error shape the contract gives the group's 400 (or 422) answer; problems need none.</summary>
    public static RouteGroupBuilder WithErrorDialectOf(this RouteGroupBuilder group, Type errorType) => errorType switch
    {
        _ when errorType == typeof(Problem) => group,
        _ when errorType == typeof(EngageError) => group.WithEngageErrors(),
        _ when errorType == typeof(CentraErrors) => group.WithCentraErrors(),
        _ when errorType == typeof(KlaviyoErrorList) => group.WithKlaviyoErrors().AlsoAccepts(KlaviyoErrorDialect.ContentType),
        _ => throw new InvalidOperationException($"No error dialect answers as {errorType.Name}; add one to {nameof(ErrorDialect)}."),
    };

    public static RouteGroupBuilder WithErrorDialect(this RouteGroupBuilder group, Func<Problem, IResult> rewrite)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } pattern })
            {
                endpoint.ApplicationServices.GetRequiredService<ErrorDialects>().Register(pattern, rewrite);
            }
        });
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                var result = await next(context);
                return ProblemOf(result) is { } problem ? rewrite(problem) : result;
            }
            catch (EmulatorException refused)
            {
                return rewrite(Problems.Of(context.HttpContext, refused));
            }
        });
        return group;
    }

    /// <summary>
    /// Declares that the group's bodies may also come as <paramref name="mediaType"/>: the generated
    /// routes declare application/json, and any JSON media type is read (HasJsonContentType).
    /// </summary>
    public static RouteGroupBuilder AlsoAccepts(this RouteGroupBuilder group, string mediaType)
    {
        ((IEndpointConventionBuilder)group).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IAcceptsMetadata>().LastOrDefault() is { RequestType: { } type } accepts)
            {
                endpoint.Metadata.Add(new Accepts(type, accepts.IsOptional, [.. accepts.ContentTypes, mediaType]));
            }
        });
        return group;
    }

    private static Problem? ProblemOf(object? result) => result switch
    {
        JsonHttpResult<Problem> json => json.Value,
        INestedHttpResult { Result: JsonHttpResult<Problem> json } => json.Value,
        _ => null,
    };

    private sealed record Accepts(Type RequestType, bool IsOptional, IReadOnlyList<string> ContentTypes) : IAcceptsMetadata
    {
        Type? IAcceptsMetadata.RequestType => RequestType;
    }
}
