namespace BackInStock.Client;

/// <summary>A non-success answer to a generated client call, with the raw body (problem+json) to assert on.</summary>
public sealed class ApiException(int statusCode, string body)
    : Exception($"The gateway answered {statusCode}: {body}")
{
    public int StatusCode { get; } = statusCode;

    public string Body { get; } = body;
}
