using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackInStock.Gateway.Contract;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>
/// A response body checked against the contract's schema by NJsonSchema's validator (OpenAPI 3.0 rules:
/// <c>nullable</c> honoured), so the suite's verdict does not rest on a validator of our own. Every
/// deviation is named by its JSON path.
/// </summary>
public static class SchemaCheck
{
    private static readonly ConditionalWeakTable<JsonNode, JsonSchema> Compiled = [];

    public static List<string> Problems(ContractDocument contract, JsonNode? value, JsonNode schema)
    {
        var compiled = Compiled.GetValue(schema, node => Compile(contract, node));
        var token = JToken.Parse(value?.ToJsonString() ?? "null");
        return [.. new JsonSchemaValidator().Validate(token, compiled, SchemaType.OpenApi3).SelectMany(Flatten).Select(Describe)];
    }

    /// <summary>A value's kind as the gateway's own messages name it.</summary>
    public static string Kind(JsonNode? value) => BackInStock.Emulator.Import.JsonKinds.Describe(value?.GetValueKind() ?? JsonValueKind.Null);

    /// <summary>
    /// The schema as a JSON Schema document NJsonSchema reads: the contract's component schemas as its
    /// definitions, and OpenAPI's <c>nullable</c> under the name NJsonSchema reads it by (<c>x-nullable</c>).
    /// </summary>
    private static JsonSchema Compile(ContractDocument contract, JsonNode schema)
    {
        var document = Translate(contract.Resolve(schema))!.AsObject();
        document["definitions"] = Translate(contract.Root["components"]!["schemas"]);
        return JsonSchema.FromJsonAsync(document.ToJsonString()).GetAwaiter().GetResult();
    }

    private static JsonNode? Translate(JsonNode? node) => node switch
    {
        JsonObject map => new JsonObject(map.Select(member => KeyValuePair.Create(
            member.Key == "nullable" && member.Value is JsonValue ? "x-nullable" : member.Key,
            member.Key == "$ref" ? JsonValue.Create(member.Value!.ToString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal)) : Translate(member.Value)))),
        JsonArray list => new JsonArray([.. list.Select(Translate)]),
        _ => node?.DeepClone(),
    };

    private static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child ? [error, .. child.Errors.SelectMany(e => e.Value).SelectMany(Flatten)] : [error];

    /// <summary>What NJsonSchema found, in the words the gateway's own messages use, at the JSON path ("#/items[0].sku" as "$.items[0].sku").</summary>
    private static string Describe(ValidationError error)
    {
        var at = error.Path?.StartsWith("#/", StringComparison.Ordinal) == true ? error.Path[2..] : string.Empty;
        var path = at.Length == 0 ? "$" : at.StartsWith('[') ? "$" + at : "$." + at;
        var value = error.Token is null ? null : JsonNode.Parse(error.Token.ToString(Newtonsoft.Json.Formatting.None));
        var schema = error.Schema;
        var problem = error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => "is required but missing",
            ValidationErrorKind.StringExpected => $"must be a string, not {Kind(value)}",
            ValidationErrorKind.NumberExpected => $"must be a number, not {Kind(value)}",
            ValidationErrorKind.IntegerExpected => $"must be a whole number, not {Kind(value)}",
            ValidationErrorKind.BooleanExpected => $"must be a boolean, not {Kind(value)}",
            ValidationErrorKind.ObjectExpected => $"must be an object, not {Kind(value)}",
            ValidationErrorKind.ArrayExpected => $"must be an array, not {Kind(value)}",
            ValidationErrorKind.NotInEnumeration => $"{value?.ToJsonString() ?? "null"} is not one of {string.Join(", ", schema?.Enumeration ?? [])}",
            ValidationErrorKind.StringTooShort => $"is shorter than {schema?.MinLength}",
            ValidationErrorKind.StringTooLong => $"is longer than {schema?.MaxLength}",
            ValidationErrorKind.PatternMismatch => $"{value?.ToJsonString()} does not match {schema?.Pattern}",
            ValidationErrorKind.NumberTooSmall => $"is below the minimum {schema?.Minimum}",
            ValidationErrorKind.NumberTooBig => $"is above the maximum {schema?.Maximum}",
            ValidationErrorKind.DateTimeExpected or ValidationErrorKind.GuidExpected or ValidationErrorKind.UuidExpected or ValidationErrorKind.EmailExpected
                => $"{value?.ToJsonString()} is not a {schema?.Format}",
            _ => $"{Words(error.Kind)} ({value?.ToJsonString() ?? "missing"})",
        };
        return $"{path}: {problem}.";
    }

    private static string Words(ValidationErrorKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
