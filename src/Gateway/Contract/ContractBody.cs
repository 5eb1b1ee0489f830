using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Unicode;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Forwarding;
using BackInStock.Gateway.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// Reads a JSON request body the contract describes: media type, size, syntax, repeated properties,
/// then the generated schema checks, and only then deserialization. Every failure lands in <see cref="ContractErrors"/>.
/// </summary>
public static class ContractBody
{
    private static readonly object ReceivedKey = new();

    /// <summary>The body's bytes as received, kept only in forward mode (the pooled buffer is gone by then).</summary>
    public static byte[]? Received(HttpContext http) => http.Items.TryGetValue(ReceivedKey, out var body) ? body as byte[] : null;

    public static async Task<T?> ReadAsync<T>(
        HttpContext http, Action<JsonElement, string, ContractErrors> validate, ContractErrors errors)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            errors.Fail(ErrorCatalogue.UnsupportedMediaType, "$", $"the body must be sent as application/json, not {http.Request.ContentType ?? "no content type"}.");
            return null;
        }

        var limit = http.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            errors.Fail(ErrorCatalogue.PayloadTooLarge, "$", string.Create(CultureInfo.InvariantCulture, $"the body must be at most {limit} bytes."));
            return null;
        }

        var reader = http.Request.BodyReader;
        if (await ReadWholeAsync(reader, limit, errors, http.RequestAborted) is not { } buffer)
        {
            return null;
        }

        // JsonDocument reads straight from the request's pooled buffer, so the buffer is released only
        // after the document is done with: released earlier, the next request could overwrite it.
        try
        {
            using var document = Parse(buffer, errors);
            if (document is null)
            {
                return null;
            }

            if (ForwardedResult.Applies(http))
            {
                http.Items[ReceivedKey] = buffer.ToArray();
            }

            try
            {
                return Bind<T>(http, document.RootElement, validate, errors);
            }
            catch (InvalidOperationException exception) when (IsBrokenText(exception))
            {
                errors.Clear();
                errors.Fail(ErrorCatalogue.MalformedJson, "$", BrokenText);
                return null;
            }
        }
        finally
        {
            reader.AdvanceTo(buffer.End);
        }
    }

    /// <summary>What a client is told when a string escapes half of a surrogate pair.</summary>
    public const string BrokenText = "holds a string that is not valid Unicode: a \\u escape names half of a surrogate pair.";

    /// <summary>
    /// JsonDocument accepts a \uD800 escape with no pair and fails only when the string is read, with an
    /// InvalidOperationException from System.Text.Json: that is bad input, not a fault of the gateway.
    /// </summary>
    public static bool IsBrokenText(InvalidOperationException exception) =>
        exception.TargetSite?.DeclaringType?.Assembly == typeof(JsonElement).Assembly;

    private static T? Bind<T>(HttpContext http, JsonElement root, Action<JsonElement, string, ContractErrors> validate, ContractErrors errors)
        where T : class
    {
        // A body bound as raw JSON (the validate route's) keeps every property as sent, so its reader checks it.
        if (typeof(T) != typeof(object) && !DuplicateProperties.Check(root, "$", errors))
        {
            return null;
        }

        validate(root, "$", errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return root.Deserialize<T>(options);
        }
        catch (JsonException exception)
        {
            // The schema checks should have caught this; answer 400 rather than let a gap become a 500.
            errors.Add(exception.Path ?? "$", "could not be read: " + exception.Message);
            return null;
        }
    }

    /// <summary>Buffers the whole body (up to the limit) without releasing it; the caller advances the reader.</summary>
    private static async Task<ReadOnlySequence<byte>?> ReadWholeAsync(PipeReader reader, long limit, ContractErrors errors, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                errors.Fail(ErrorCatalogue.PayloadTooLarge, "$", string.Create(CultureInfo.InvariantCulture, $"the body must be at most {limit} bytes."));
                return null;
            }

            if (read.IsCompleted)
            {
                return buffer;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    // JsonDocument checks UTF-8 only when a string is read; checking first keeps that failure a 400.
    private static bool IsUtf8(ReadOnlySequence<byte> buffer) =>
        buffer.IsSingleSegment ? Utf8.IsValid(buffer.FirstSpan) : Utf8.IsValid(buffer.ToArray());

    private static JsonDocument? Parse(ReadOnlySequence<byte> buffer, ContractErrors errors)
    {
        if (buffer.IsEmpty)
        {
            errors.Fail(ErrorCatalogue.NoData, "$", "the body is empty; a JSON document is required.");
            return null;
        }

        if (!IsUtf8(buffer))
        {
            errors.Fail(ErrorCatalogue.MalformedJson, "$", "is not valid UTF-8; JSON bodies must be UTF-8.");
            return null;
        }

        try
        {
            return JsonDocument.Parse(buffer, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {exception.BytePositionInLine + 1})")
                : string.Empty;
            errors.Fail(ErrorCatalogue.MalformedJson, exception.Path ?? "$", "is not valid JSON" + where + ".");
            return null;
        }
    }
}
