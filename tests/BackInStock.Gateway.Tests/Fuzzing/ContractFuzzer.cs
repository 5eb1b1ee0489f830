using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BackInStock.Gateway.Tests.Fuzzing;

/// <summary>
/// Mutates the contract's own requests: for a random operation, its example body (or one built from its
/// schema) with one to three mutations: duplicate and case-variant keys, nulls, Unicode edge cases,
/// strings at and over their maxLength, boundary numbers, wrong enums, oversized arrays, wrong content
/// types, foreign hosts and origins, odd path and query values. Seeded, so a failing run can be replayed.
/// </summary>
public sealed class ContractFuzzer(JsonNode contract, Random random, IReadOnlyDictionary<string, string> pathValues, IReadOnlyDictionary<string, string> headers)
{
    private static readonly string[] UnicodeEdges =
    [
        "K\u212Aim@example.com", "A\u0308nna@example.com", "\u00C4nna@example.com", "\u200B", "\u202Eevil", "\uFEFF", "\U0001F600", "\u0000", "ß", "\u0130",
        "\u017Fku", "e\u0301\u0301\u0301\u0301", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{ for i in 1..20000 }}x{{ end }}", "../../etc/passwd", " ", "",
    ];

    private static readonly string[] Numbers = ["2147483647", "-2147483648", "2147483648", "-1", "0", "1e308", "1.5", "-0", "9999999999999999999999"];

    private static readonly string[] ContentTypes = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonx"];

    private static readonly string[] Templates =
    [
        "{{ product.title | math.abs }}", "{{ product.attributes.brand.name.first }}", "{{ for i in 1..20000 }}x{{ end }}", "{{ include 'x' }}",
        "{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a|aa)+$' }}", "{{ func f; ret f; end; f }}", "{{ x = 1 / 0 }}", "{{ contact.email }}",
    ];

    private readonly List<(string Id, HttpMethod Method, string Template, JsonObject Operation)> _operations = Operations(contract);

    public FuzzCase Next()
    {
        var (id, method, template, operation) = _operations[random.Next(_operations.Count)];
        var mutations = new List<string>();
        var requestHeaders = new Dictionary<string, string>(headers);
        var path = FillPath(template, mutations);
        path += Query(operation, mutations);

        byte[]? body = null;
        string? contentType = null;
        if (operation["requestBody"]?["content"]?["application/json"] is { } media)
        {
            var schema = Resolve(media["schema"]!);
            var seed = media["example"]?.DeepClone() ?? Build(schema, 0);
            var text = MutateBody(seed, schema, mutations);
            body = Encoding.UTF8.GetBytes(text);
            contentType = "application/json";
            if (random.Next(8) == 0)
            {
                contentType = ContentTypes[random.Next(ContentTypes.Length)];
                mutations.Add($"content type {contentType}");
            }
        }

        switch (random.Next(14))
        {
            case 0:
                requestHeaders["Host"] = "rebind.attacker.example";
                mutations.Add("foreign host");
                break;
            case 1:
                requestHeaders["Origin"] = "https://evil.example";
                mutations.Add("foreign origin");
                break;
        }

        return new FuzzCase(id, mutations.Count == 0 ? "as in the contract" : string.Join("; ", mutations), method, path, body, contentType, requestHeaders);
    }

    private string FillPath(string template, List<string> mutations) => PathParameters.Replace(template, match =>
    {
        var name = match.Groups[1].Value;
        if (random.Next(4) == 0)
        {
            var odd = UnicodeEdges[random.Next(UnicodeEdges.Length)];
            mutations.Add($"path {name} odd");
            return Uri.EscapeDataString(odd.Length == 0 ? "%" : odd);
        }

        return Uri.EscapeDataString(pathValues.GetValueOrDefault(name, "sv-SE"));
    });

    private string Query(JsonObject operation, List<string> mutations)
    {
        var parts = new List<string>();
        foreach (var parameter in (operation["parameters"]?.AsArray() ?? []).Select(p => Resolve(p!)).Where(p => p["in"]?.ToString() == "query"))
        {
            var name = parameter["name"]!.ToString();
            var schema = Resolve(parameter["schema"] ?? new JsonObject());
            if (random.Next(3) == 0)
            {
                continue;
            }

            string value;
            if (random.Next(3) == 0)
            {
                value = random.Next(2) == 0 ? UnicodeEdges[random.Next(UnicodeEdges.Length)] : Numbers[random.Next(Numbers.Length)];
                mutations.Add($"query {name} odd");
            }
            else
            {
                value = Build(schema, 0) is JsonValue plain ? plain.ToString() : "x";
                value = pathValues.GetValueOrDefault(name, value);

                // A long-poll's valid wait would hold the sequential fuzzer for seconds; waiting nothing is judged the same way.
                if (operation["x-async"] is not null && name == "wait")
                {
                    value = "0ms";
                }
            }

            parts.Add($"{name}={Uri.EscapeDataString(value)}");
            if (random.Next(10) == 0)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
                mutations.Add($"query {name} twice");
            }
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private string MutateBody(JsonNode seed, JsonNode schema, List<string> mutations)
    {
        var body = seed.DeepClone();
        var duplicates = new List<(string Name, string Value)>();
        for (var round = random.Next(1, 4); round > 0; round--)
        {
            var (target, targetSchema) = PickObject(body, schema);
            if (target is null || targetSchema["properties"] is not JsonObject properties || properties.Count == 0)
            {
                if (body is JsonArray array && array.Count > 0 && random.Next(2) == 0)
                {
                    var copies = random.Next(2) == 0 ? 2 : (schema["maxItems"] is { } most ? int.Parse(most.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 100) + 1;
                    for (var i = array.Count; i < copies && i < 20_000; i++)
                    {
                        array.Add(array[0]!.DeepClone());
                    }

                    mutations.Add($"{array.Count} items");
                }

                continue;
            }

            var (name, propertyNode) = properties.ElementAt(random.Next(properties.Count));
            var property = Resolve(propertyNode!);
            switch (random.Next(7))
            {
                case 0:
                    var variant = random.Next(2) == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
                    duplicates.Add((variant, Value(property, mutations, name)?.ToJsonString() ?? "null"));
                    mutations.Add($"duplicate {variant}");
                    break;
                case 1:
                    target[name] = null;
                    mutations.Add($"{name} null");
                    break;
                default:
                    target[name] = Value(property, mutations, name);
                    break;
            }
        }

        var text = body.ToJsonString();
        foreach (var (name, value) in duplicates)
        {
            // A JsonObject cannot hold a name twice, so the repeat goes into the text, after the object's opening brace.
            var at = text.IndexOf('{', StringComparison.Ordinal);
            if (at >= 0)
            {
                text = text[..(at + 1)] + $"\"{name}\":{value}" + (text[at + 1] == '}' ? "" : ",") + text[(at + 1)..];
            }
        }

        return text;
    }

    private JsonNode? Value(JsonNode property, List<string> mutations, string name)
    {
        var type = property["type"]?.ToString();
        switch (type)
        {
            case "string" when property["maxLength"] is { } max && random.Next(2) == 0:
                var length = int.Parse(max.ToString(), System.Globalization.CultureInfo.InvariantCulture) + random.Next(2);
                var unit = random.Next(3) switch { 0 => "a", 1 => "é", _ => "\U0001F600" };
                mutations.Add($"{name} {length}×{(unit.Length == 1 ? unit : "emoji")}");
                return JsonValue.Create(string.Concat(Enumerable.Repeat(unit, length)));
            case "string" when property["enum"] is JsonArray && random.Next(2) == 0:
                mutations.Add($"{name} not in enum");
                return JsonValue.Create("NOT_AN_ENUM");
            case "string" when property["description"]?.ToString().Contains("Scriban", StringComparison.Ordinal) == true || name is "html" or "subject":
                mutations.Add($"{name} template");
                return JsonValue.Create(Templates[random.Next(Templates.Length)]);
            case "string":
                var edge = UnicodeEdges[random.Next(UnicodeEdges.Length)];
                mutations.Add($"{name} unicode");
                return JsonValue.Create(edge);
            case "integer" or "number":
                var number = Numbers[random.Next(Numbers.Length)];
                mutations.Add($"{name}={number}");
                return JsonNode.Parse(number);
            case "boolean":
                mutations.Add($"{name} as string");
                return JsonValue.Create("true");
            case "array":
                mutations.Add($"{name} empty");
                return new JsonArray();
            default:
                mutations.Add($"{name} wrong kind");
                return JsonValue.Create(12345);
        }
    }

    /// <summary>A random object of the body (the root, or an array's item) and its schema.</summary>
    private (JsonObject? Target, JsonNode Schema) PickObject(JsonNode body, JsonNode schema)
    {
        if (body is JsonArray array)
        {
            return array.Count == 0 || schema["items"] is null ? (null, schema) : PickObject(array[random.Next(array.Count)]!, Resolve(schema["items"]!));
        }

        if (body is JsonObject obj && schema["properties"] is JsonObject properties && random.Next(3) == 0)
        {
            var nested = properties.Where(p => obj[p.Key] is JsonObject or JsonArray).ToList();
            if (nested.Count > 0)
            {
                var (name, child) = nested[random.Next(nested.Count)];
                return PickObject(obj[name]!, Resolve(child!));
            }
        }

        return (body as JsonObject, schema);
    }

    /// <summary>A valid value for a schema, for operations whose contract has no example.</summary>
    private JsonNode Build(JsonNode schema, int depth)
    {
        schema = Resolve(schema);
        if (schema["example"] is { } example)
        {
            return example.DeepClone();
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            return values[0]!.DeepClone();
        }

        return (schema["type"]?.ToString(), schema["format"]?.ToString()) switch
        {
            ("string", "email") => JsonValue.Create("fuzz@example.com"),
            ("string", "uuid") => JsonValue.Create(pathValues.GetValueOrDefault("contactId", Guid.NewGuid().ToString())),
            ("string", "date-time") => JsonValue.Create("2026-11-30T08:00:00Z"),
            ("string", _) => JsonValue.Create("sv-SE"),
            ("integer", _) or ("number", _) => JsonValue.Create(1),
            ("boolean", _) => JsonValue.Create(true),
            ("array", _) when depth < 4 => new JsonArray(Build(schema["items"]!, depth + 1)),
            ("array", _) => new JsonArray(),
            _ when depth < 4 && schema["properties"] is JsonObject properties => new JsonObject(properties
                .Where(p => (schema["required"]?.AsArray() ?? []).Any(r => r!.ToString() == p.Key) || random.Next(2) == 0)
                .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Build(p.Value!, depth + 1)))),
            _ => new JsonObject(),
        };
    }

    private JsonNode Resolve(JsonNode node)
    {
        while (node["$ref"]?.ToString() is { } reference)
        {
            node = reference.TrimStart('#', '/').Split('/').Aggregate(contract, (current, segment) => current[segment]!);
        }

        return node;
    }

    private static List<(string, HttpMethod, string, JsonObject)> Operations(JsonNode contract) =>
        contract["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(m => m.Key != "parameters" && m.Value is JsonObject)
                // An event stream never ends, so it has no answer to judge; EventStreamTests read it with a time limit.
                .Where(m => m.Value!["responses"]?["200"]?["content"]?["text/event-stream"] is null)
                .Select(m => (m.Value!["operationId"]!.ToString(), new HttpMethod(m.Key.ToUpperInvariant()), path.Key, m.Value!.AsObject())))
            .ToList();

    private static readonly Regex PathParameters = new("{([^}]+)}", RegexOptions.CultureInvariant);
}
