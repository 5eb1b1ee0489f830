using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace BackInStock.Gateway.Errors;

/// <summary>
/// Turns whatever escapes an endpoint into a problem, answered in the path's error dialect: the emulator's
/// refusals with their catalogue entry, ASP.NET Core's bad-request exceptions with their status, and
/// anything else as a 500 that reveals no stack trace or path. Unmatched routes and methods get problems too.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddErrorHandling(this IServiceCollection services) =>
        services.AddSingleton<ErrorDialects>().AddExceptionHandler<ProblemExceptionHandler>().AddProblemDetails();

    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => WriteAsync(context.HttpContext, ErrorCatalogue.RouteNotFound, $"Nothing is served at {context.HttpContext.Request.Path}; see /scalar for the operations."),
            StatusCodes.Status405MethodNotAllowed => WriteAsync(context.HttpContext, ErrorCatalogue.MethodNotAllowed, $"{context.HttpContext.Request.Method} is not allowed at {context.HttpContext.Request.Path}."),
            StatusCodes.Status415UnsupportedMediaType => WriteAsync(context.HttpContext, ErrorCatalogue.UnsupportedMediaType, $"The body must be sent as {(LinesBody.RouteTakesLines(context.HttpContext) ? LinesBody.MediaType : "application/json")}, not {context.HttpContext.Request.ContentType ?? "no content type"}."),
            StatusCodes.Status413PayloadTooLarge => WriteAsync(context.HttpContext, ErrorCatalogue.PayloadTooLarge, "The request body is larger than the server accepts."),
            StatusCodes.Status400BadRequest => WriteAsync(context.HttpContext, ErrorCatalogue.BadRequest, "The request could not be read."),
            _ => Task.CompletedTask,
        });
        return app;
    }

    // Routing refuses some requests before the endpoint's filters run; a vendor path still answers in its dialect.
    private static Task WriteAsync(HttpContext http, EmulatorError error, string detail) =>
        http.RequestServices.GetRequiredService<ErrorDialects>().WriteAsync(http, error, detail);

    private static readonly Action<ILogger, string, PathString, Exception?> LogUnhandled =
        LoggerMessage.Define<string, PathString>(LogLevel.Error, new EventId(1, "Unhandled"), "Unhandled exception for {Method} {Path}");

    private sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
        {
            var (error, detail) = exception switch
            {
                EmulatorException refused => (refused.Error, refused.Message),
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (ErrorCatalogue.PayloadTooLarge, "The request body is larger than the server accepts."),
                BadHttpRequestException bad => (ErrorCatalogue.BadRequest, bad.Message),
                _ => (ErrorCatalogue.InternalError, "An unexpected error occurred; the request id identifies it in the emulator's log."),
            };
            if (error == ErrorCatalogue.InternalError)
            {
                LogUnhandled(logger, http.Request.Method, http.Request.Path, exception);
            }

            // An exception that escapes an endpoint still answers in the path's dialect (Engage's on /api/v3).
            var problem = exception is EmulatorException emulatorRefusal ? Problems.Of(http, emulatorRefusal) : Problems.Create(http, error, detail, fields: null);
            await http.RequestServices.GetRequiredService<ErrorDialects>().WriteAsync(http, problem);
            return true;
        }
    }
}
