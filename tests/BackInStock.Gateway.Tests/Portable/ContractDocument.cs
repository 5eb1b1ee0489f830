using System.Text.Json.Nodes;
using BackInStock.Gateway.Tests.Drift;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>One operation as the contract declares it, references resolved.</summary>
public sealed record OperationSpec(
    string Id, string Method, string Path, bool NeedsKey, JsonNode? BodySchema, JsonNode? BodyExample, IReadOnlyDictionary<string, JsonNode> Responses);

/// <summary>contracts/openapi.yaml (copied next to the tests), read as JSON with its references resolvable.</summary>
public sealed class ContractDocument
{
    private readonly Dictionary<string, OperationSpec> _operations = new(StringComparer.Ordinal);

    private ContractDocument(JsonNode root)
    {
        Root = root;
        var globalKey = root["security"] is JsonArray { Count: > 0 };
        foreach (var (path, item) in root["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject().Where(m => m.Key is "get" or "put" or "post" or "delete" or "patch"))
            {
                var needsKey = node!["security"] is JsonArray security ? security.Count > 0 : globalKey;
                var json = node["requestBody"]?["content"]?["application/json"];
                var responses = node["responses"]!.AsObject().ToDictionary(r => r.Key, r => Resolve(r.Value!), StringComparer.Ordinal);
                var id = node["operationId"]!.ToString();
                _operations[id] = new OperationSpec(id, method.ToUpperInvariant(), path, needsKey, json?["schema"], json?["example"], responses);
            }
        }
    }

    public static ContractDocument Instance { get; } = new(OpenApiShape.FromYaml(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "openapi.yaml"))));

    public JsonNode Root { get; }

    public OperationSpec this[string operationId] => _operations[operationId];

    public JsonNode Resolve(JsonNode node)
    {
        while (node["$ref"]?.ToString() is { } reference)
        {
            node = reference.TrimStart('#', '/').Split('/').Aggregate(Root, (current, segment) => current[segment]!);
        }

        return node;
    }
}
