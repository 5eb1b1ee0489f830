using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>A request built to be wrong in one way, from an operation of the contract.</summary>
public sealed record BadInput(string Name, HttpMethod Method, string Path, Func<HttpContent?> Body)
{
    /// <summary>The media type the contract gives the operation's errors (Centra's and Klaviyo's routes have their own).</summary>
    public string ErrorMediaType { get; init; } = "application/problem+json";

    /// <summary>Whether the request is wrong whatever else it holds (a repeated property, a value over its maxLength).</summary>
    public bool MustBeRefused { get; init; }

    public override string ToString() => $"{Method} {Path} [{Name}]";
}

/// <summary>
/// Derives malformed requests from contracts/openapi.yaml: for every operation, bad path parameters and
/// path tricks; for every body, wrong types, nulls and missing required fields per property, extra fields,
/// wrong shapes, huge and deeply nested documents, invalid UTF-8 and wrong content types; per property also
/// a repeat (same name, and another letter case) and a value one character over its maxLength, which
/// must be refused.
/// </summary>
public static class BadInputCases
{
    private static readonly string[] PathTricks = ["not-a-guid", "..%2F..%2Fappsettings.json", "%ff%fe", "%2e%2e", new string('a', 3000), "12345678-1234-1234-1234-1234567890ab%20OR%201%3D1"];

    public static List<BadInput> From(JsonNode contract)
    {
        var cases = new List<BadInput>();
        foreach (var (template, item) in contract["paths"]!.AsObject())
        {
            foreach (var (methodName, operationNode) in item!.AsObject())
            {
                if (methodName != "parameters" && operationNode is JsonObject operation)
                {
                    var errorMediaType = ErrorMediaType(contract, operation);
                    cases.AddRange(From(contract, template, methodName, operation).Select(c => c with { ErrorMediaType = errorMediaType }));
                }
            }
        }

        return cases;
    }

    private static string ErrorMediaType(JsonNode contract, JsonObject operation) =>
        operation["responses"]!.AsObject()
            .Where(r => r.Key.StartsWith('4'))
            .Select(r => Resolve(contract, r.Value!)["content"]?.AsObject().FirstOrDefault().Key)
            .FirstOrDefault(m => m is not null) ?? "application/problem+json";

    private static List<BadInput> From(JsonNode contract, string template, string methodName, JsonObject operation)
    {
        var cases = new List<BadInput>();
        var method = new HttpMethod(methodName.ToUpperInvariant());
        var validPath = Fill(template, "00000000-0000-0000-0000-000000000001");
        foreach (var trick in PathTricks.Where(_ => template.Contains('{', StringComparison.Ordinal)))
        {
            cases.Add(new BadInput($"path {trick[..Math.Min(20, trick.Length)]}", method, Fill(template, trick), () => Json(Example(contract, operation) ?? new JsonObject())));
        }

        cases.Add(new BadInput("query junk", method, validPath + "?limit=-5&since=yesterday&contactId=x&email=%FF&skip=abc&take=999999", () => Json(Example(contract, operation) ?? new JsonObject())));
        if (operation["requestBody"] is null)
        {
            return cases;
        }

        // The import's NDJSON body answers bad lines with a 200 report; sent as JSON, as these cases are, it is refused whole (415).
        var schema = Resolve(contract, operation["requestBody"]!["content"]!.AsObject().First().Value!["schema"]!);
        var example = Example(contract, operation) ?? new JsonObject();
        cases.AddRange(BodyCases(contract, method, validPath, schema, example));
        return cases;
    }

    private static IEnumerable<BadInput> BodyCases(JsonNode contract, HttpMethod method, string path, JsonNode schema, JsonNode example)
    {
        yield return new("empty body", method, path, () => Raw([], "application/json"));
        yield return new("not json", method, path, () => Raw(Encoding.UTF8.GetBytes("{ this is not json"), "application/json"));
        yield return new("invalid utf-8", method, path, () => Raw([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'], "application/json"));
        yield return new("text/plain", method, path, () => Raw(Encoding.UTF8.GetBytes(example.ToJsonString()), "text/plain"));
        yield return new("xml", method, path, () => Raw(Encoding.UTF8.GetBytes("<a>1</a>"), "application/xml"));
        yield return new("no content type", method, path, () => new ByteArrayContent(Encoding.UTF8.GetBytes(example.ToJsonString())));

        // A body the contract leaves open (any JSON, as the validate route takes) has no shape to break.
        if (schema["type"] is null && schema["properties"] is null && schema["items"] is null)
        {
            yield break;
        }

        yield return new("null document", method, path, () => Raw(Encoding.UTF8.GetBytes("null"), "application/json"));
        yield return new("a number", method, path, () => Raw(Encoding.UTF8.GetBytes("42"), "application/json"));
        yield return new("a string", method, path, () => Raw(Encoding.UTF8.GetBytes("\"x\""), "application/json"));
        yield return new("deeply nested", method, path, () => Raw(Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), "application/json"));
        yield return new("huge", method, path, () => Raw(Encoding.UTF8.GetBytes("[\"" + new string('x', 2_000_000) + "\"]"), "application/json"));

        var isArray = schema["type"]?.ToString() == "array";
        var itemSchema = isArray ? Resolve(contract, schema["items"]!) : schema;
        var itemExample = isArray ? (example as JsonArray)?.FirstOrDefault()?.DeepClone() ?? new JsonObject() : example.DeepClone();
        yield return new("wrong shape", method, path, () => Json(isArray ? new JsonObject() : new JsonArray()));
        if (itemSchema["properties"] is not JsonObject properties)
        {
            yield break;
        }

        var required = (itemSchema["required"]?.AsArray() ?? []).Select(r => r!.ToString()).ToHashSet();
        yield return new("extra field", method, path, () => Wrap(isArray, With(itemExample, "unexpectedField", JsonValue.Create("surprise"))));
        foreach (var (name, property) in properties)
        {
            var propertySchema = Resolve(contract, property!);
            var type = propertySchema["type"]?.ToString();
            JsonNode wrong = type is "string" ? JsonValue.Create(12345) : JsonValue.Create("not-a-" + type);
            yield return new($"{name}: wrong type", method, path, () => Wrap(isArray, With(itemExample, name, wrong.DeepClone())));
            yield return new($"{name}: object", method, path, () => Wrap(isArray, With(itemExample, name, new JsonObject { ["a"] = 1 })));
            yield return new($"{name}: null", method, path, () => Wrap(isArray, With(itemExample, name, null)));
            if (type == "string")
            {
                yield return new($"{name}: too long", method, path, () => Wrap(isArray, With(itemExample, name, JsonValue.Create(new string('é', 70_000)))));
                yield return new($"{name}: control characters", method, path, () => Wrap(isArray, With(itemExample, name, JsonValue.Create("\u0000\u0001<script>"))));
                if (propertySchema["maxLength"]?.GetValue<long>() is { } maxLength)
                {
                    // Three bytes of UTF-8 a character: the most a value within maxLength costs the store.
                    yield return new($"{name}: one over maxLength", method, path, () => Wrap(isArray, With(itemExample, name, JsonValue.Create(new string('\u20AC', (int)maxLength + 1))))) { MustBeRefused = true };
                }
            }

            yield return new($"{name}: repeated", method, path, () => Repeated(isArray, itemExample, name, name)) { MustBeRefused = true };
            yield return new($"{name}: repeated in another case", method, path, () => Repeated(isArray, itemExample, name, name.ToUpperInvariant())) { MustBeRefused = true };

            if (required.Contains(name))
            {
                yield return new($"{name}: missing", method, path, () => Wrap(isArray, Without(itemExample, name)));
            }
        }
    }

    private static string Fill(string template, string value) =>
        System.Text.RegularExpressions.Regex.Replace(template, "{[^}]+}", value);

    private static JsonNode? Example(JsonNode contract, JsonObject operation) =>
        operation["requestBody"]?["content"]?["application/json"]?["example"]?.DeepClone();

    private static JsonNode Resolve(JsonNode contract, JsonNode node)
    {
        while (node["$ref"]?.ToString() is { } reference)
        {
            node = reference.TrimStart('#', '/').Split('/').Aggregate(contract, (current, segment) => current[segment]!);
        }

        return node;
    }

    private static JsonObject With(JsonNode example, string name, JsonNode? value)
    {
        var copy = example.DeepClone() as JsonObject ?? [];
        copy[name] = value;
        return copy;
    }

    private static JsonObject Without(JsonNode example, string name)
    {
        var copy = example.DeepClone() as JsonObject ?? [];
        copy.Remove(name);
        return copy;
    }

    /// <summary>The item with <paramref name="name"/> given twice, first as <paramref name="spelling"/>: JSON text, since a JsonObject cannot hold a repeat.</summary>
    private static ByteArrayContent Repeated(bool isArray, JsonNode example, string name, string spelling)
    {
        var item = With(example, name, (example as JsonObject)?[name]?.DeepClone() ?? JsonValue.Create("x"));
        var repeat = JsonSerializer.Serialize(spelling) + ":" + item[name]!.ToJsonString() + ",";
        var text = item.ToJsonString().Insert(1, repeat);
        return Raw(Encoding.UTF8.GetBytes(isArray ? "[" + text + "]" : text), "application/json");
    }

    private static ByteArrayContent Wrap(bool isArray, JsonNode item) => Json(isArray ? new JsonArray(item) : item);

    private static ByteArrayContent Json(JsonNode node) => Raw(Encoding.UTF8.GetBytes(node.ToJsonString()), "application/json");

    private static ByteArrayContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }
}
