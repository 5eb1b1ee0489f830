using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Fidelity;

/// <summary>
/// One x-fidelity string of the contract: where it stands (an operation, or a response, parameter or field),
/// its level and its evidence. <see cref="OperationId"/> is set only for an operation's own point.
/// </summary>
public sealed record FidelityPoint(string Where, string Level, string Evidence, string? OperationId = null)
{
    public static readonly string[] Levels = ["documented", "observed", "inferred", "emulator"];

    public bool IsOperation => OperationId is not null;

    /// <summary>Every point of the document, in the document's order.</summary>
    public static IReadOnlyList<FidelityPoint> Read(JsonNode contract)
    {
        var points = new List<FidelityPoint>();
        Walk(contract, string.Empty, Context.Root, null, points);
        return points;
    }

    /// <summary>"level: evidence", the one-line form the build and Spectral enforce.</summary>
    public static (string Level, string Evidence) Split(string fidelity)
    {
        var colon = fidelity.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? (fidelity, string.Empty) : (fidelity[..colon], fidelity[(colon + 2)..]);
    }

    private enum Context { Root, Paths, PathItem, Operation, Parameters, Responses, Media, Properties, Components, Component, Other }

    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private static void Walk(JsonNode? node, string where, Context context, string? operationId, List<FidelityPoint> points)
    {
        if (node is JsonArray list)
        {
            foreach (var item in list)
            {
                // A parameter list names each item by its name, or by the component it refers to.
                var name = item is JsonObject parameter ? parameter["name"]?.ToString() ?? parameter["$ref"]?.ToString().Split('/')[^1] : null;
                Walk(item, context == Context.Parameters && name is not null ? $"{where} › parameter {name}" : where, Context.Other, null, points);
            }

            return;
        }

        if (node is not JsonObject map)
        {
            return;
        }

        if (map["x-fidelity"] is JsonValue value)
        {
            var (level, evidence) = Split(value.ToString());
            points.Add(new FidelityPoint(where, level, evidence, context == Context.Operation ? operationId : null));
        }

        foreach (var (key, child) in map)
        {
            if (key is "x-fidelity" or "example" or "examples")
            {
                continue;
            }

            var (at, next, id) = context switch
            {
                Context.Root when key == "paths" => (where, Context.Paths, (string?)null),
                Context.Root when key == "components" => (where, Context.Components, null),
                Context.Root => (key, Context.Other, null),
                Context.Paths => (key, Context.PathItem, null),
                Context.PathItem when Methods.Contains(key) => ($"{key.ToUpperInvariant()} {where}", Context.Operation, child?["operationId"]?.ToString() ?? key),
                Context.Components => (where, Context.Component, null),
                Context.Component => (Component(map, key), Context.Other, null),
                Context.Responses => ($"{where} › response {key}", Context.Other, null),
                Context.Media => (where, Context.Other, null),
                Context.Properties => ($"{where}.{key}", Context.Other, null),
                _ => key switch
                {
                    "parameters" => (where, Context.Parameters, null),
                    "responses" => (where, Context.Responses, null),
                    "requestBody" => ($"{where} › body", Context.Other, null),
                    "content" => (where, Context.Media, null),
                    "properties" => (where, Context.Properties, null),
                    "schema" => (where, Context.Other, null),
                    "items" => ($"{where}[]", Context.Other, null),
                    _ => ($"{where} › {key}", Context.Other, null),
                },
            };
            Walk(child, at, next, id, points);
        }
    }

    /// <summary>A component by its kind: "schema Subscription", "response NotFound", "security scheme apiKey".</summary>
    private static string Component(JsonObject kind, string name)
    {
        var kindName = kind.GetPropertyName() switch
        {
            "schemas" => "schema",
            "responses" => "response",
            "parameters" => "parameter",
            "securitySchemes" => "security scheme",
            "headers" => "header",
            "requestBodies" => "body",
            var other => other,
        };
        return $"{kindName} {name}";
    }
}
