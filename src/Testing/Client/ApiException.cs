namespace BackInStock.Client;

/// <summary>
/// A non-success answer to a typed client call. <see cref="Body"/> is the answer as sent: Engage's error
/// (<c>errorCode</c>, <c>message</c>) on Engage's routes, RFC 9457 problem+json on the emulator's.
/// </summary>
public sealed class ApiException(int statusCode, string body)
    : Exception($"The emulator answered {statusCode}: {body}")
{
    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The answer's body, unparsed.</summary>
    public string Body { get; } = body;
}
