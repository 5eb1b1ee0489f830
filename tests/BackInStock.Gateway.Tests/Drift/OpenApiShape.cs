using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace BackInStock.Gateway.Tests.Drift;

/// <summary>
/// Flattens an OpenAPI document into comparable facts: one line per path and method, parameter,
/// request body and response, each with the shape of its schema (properties, required lists,
/// array items and JSON types; $refs resolved), the security each operation takes (its own, else
/// the document's) and where each security scheme is read. Two documents agree when their facts are equal.
/// </summary>
public static class OpenApiShape
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public static SortedSet<string> Facts(JsonNode document)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, scheme) in document["components"]?["securitySchemes"]?.AsObject() ?? [])
        {
            facts.Add($"security scheme {name} {scheme!["type"]} in {scheme["in"]} {scheme["name"]}");
        }

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is not JsonObject operation)
                {
                    continue;
                }

                var at = $"{method.ToUpperInvariant()} {path}";
                facts.Add(at);
                facts.Add($"{at} security {Security(operation["security"] ?? document["security"])}");
                var parameters = (item["parameters"]?.AsArray() ?? []).Concat(operation["parameters"]?.AsArray() ?? []);
                foreach (var parameter in parameters)
                {
                    var p = Resolve(document, parameter!);
                    facts.Add($"{at} parameter {p["in"]} {p["name"]} required={IsTrue(p["required"])}");
                }

                if (operation["requestBody"] is { } requestBody)
                {
                    var body = Resolve(document, requestBody);
                    foreach (var (mediaType, content) in body["content"]!.AsObject())
                    {
                        facts.Add($"{at} body {mediaType} required={IsTrue(body["required"])} {Shape(document, content!["schema"], 0)}");
                    }
                }

                foreach (var (status, responseNode) in operation["responses"]!.AsObject())
                {
                    var response = Resolve(document, responseNode!);
                    var contents = response["content"]?.AsObject();
                    if (contents is null || contents.Count == 0)
                    {
                        facts.Add($"{at} response {status} (no content)");
                        continue;
                    }

                    foreach (var (mediaType, content) in contents)
                    {
                        facts.Add($"{at} response {status} {mediaType} {Shape(document, content!["schema"], 0)}");
                    }
                }
            }
        }

        return facts;
    }

    public static JsonNode FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    /// <summary>YAML's plain scalars carry their type (15, true, null); quoted ones are always strings.</summary>
    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "null" or "~" or "" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
            _ when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }

    /// <summary>The alternatives in order, each as its schemes ("anonymous" for the empty one); "none" when open.</summary>
    private static string Security(JsonNode? security)
    {
        var alternatives = security?.AsArray().Select(requirement => requirement!.AsObject().Select(s => s.Key).Order(StringComparer.Ordinal).ToList()).ToList() ?? [];
        return alternatives.Count == 0
            ? "none"
            : string.Join(" | ", alternatives.Select(schemes => schemes.Count == 0 ? "anonymous" : string.Join("+", schemes)).Order(StringComparer.Ordinal));
    }

    private static bool IsTrue(JsonNode? node) => node?.ToString() is "true" or "True";

    private static JsonNode Resolve(JsonNode document, JsonNode node)
    {
        while (node["$ref"]?.ToString() is { } reference)
        {
            node = reference.TrimStart('#', '/').Split('/').Aggregate(document, (current, segment) => current[segment]!);
        }

        return node;
    }

    private static string Shape(JsonNode document, JsonNode? schemaNode, int depth)
    {
        if (schemaNode is null)
        {
            return "any";
        }

        var schema = Resolve(document, schemaNode);
        if (schema["allOf"] is JsonArray { Count: 1 } single)
        {
            return Shape(document, single[0], depth);
        }

        // A nullable reference in 3.0 may be written as oneOf [null, $ref]: nullability is not compared.
        if (schema["oneOf"] is JsonArray oneOf && oneOf.Where(o => !IsNullOnly(o!)).ToList() is [var only])
        {
            return Shape(document, only, depth);
        }

        if (depth > 8)
        {
            return "...";
        }

        var type = schema["type"]?.ToString();
        if (schema["properties"] is JsonObject properties)
        {
            var members = properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{Shape(document, p.Value, depth + 1)}");
            var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.ToString()).Order(StringComparer.Ordinal);
            return $"{{{string.Join(",", members)}}} required[{string.Join(",", required)}]";
        }

        if (type == "array")
        {
            return $"[{Shape(document, schema["items"], depth + 1)}]";
        }

        // An enum of strings is a string whether or not "type" is written next to it.
        if (type is null && schema["enum"] is JsonArray values && values.All(v => v is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String))
        {
            return "string";
        }

        return type ?? "any";
    }

    private static bool IsNullOnly(JsonNode schema) => schema["enum"] is JsonArray { Count: 1 } values && values[0] is null;
}
