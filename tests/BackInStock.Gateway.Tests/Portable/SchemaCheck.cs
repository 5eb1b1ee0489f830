using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackInStock.Gateway.Contract;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>
/// A response body checked against the contract's schema (the OpenAPI 3.0 subset the contract uses:
/// type, nullable, properties, required, additionalProperties, items, enum, formats, lengths, ranges,
/// pattern, allOf/oneOf), every deviation named by its JSON path.
/// </summary>
public static class SchemaCheck
{
    public static List<string> Problems(ContractDocument contract, JsonNode? value, JsonNode schema)
    {
        var problems = new List<string>();
        Check(contract, value, schema, "$", problems);
        return problems;
    }

    private static void Check(ContractDocument contract, JsonNode? value, JsonNode schemaNode, string path, List<string> problems)
    {
        var schema = contract.Resolve(schemaNode);
        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all)
            {
                Check(contract, value, part!, path, problems);
            }
        }

        if (schema["oneOf"] is JsonArray options)
        {
            if (!options.Any(option => Problems(contract, value, option!).Count == 0))
            {
                problems.Add($"{path}: matches none of the schemas it may take.");
            }

            return;
        }

        if (value is null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true && schema["type"] is not null)
            {
                problems.Add($"{path}: is null, which the contract does not allow.");
            }

            return;
        }

        switch (schema["type"]?.ToString())
        {
            case "object":
                Object(contract, value, schema, path, problems);
                break;
            case "array" when value is JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(contract, array[i], schema["items"]!, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), problems);
                }

                break;
            case "array":
                problems.Add($"{path}: must be an array, not {Kind(value)}.");
                break;
            case "string":
                Text(value, schema, path, problems);
                break;
            case "integer" or "number":
                Number(value, schema, path, problems);
                break;
            case "boolean" when value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False):
                problems.Add($"{path}: must be a boolean, not {Kind(value)}.");
                break;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            problems.Add($"{path}: {value.ToJsonString()} is not one of {allowed.ToJsonString()}.");
        }
    }

    private static void Object(ContractDocument contract, JsonNode value, JsonNode schema, string path, List<string> problems)
    {
        if (value is not JsonObject body)
        {
            problems.Add($"{path}: must be an object, not {Kind(value)}.");
            return;
        }

        foreach (var name in schema["required"]?.AsArray().Select(r => r!.ToString()) ?? [])
        {
            if (!body.ContainsKey(name))
            {
                problems.Add($"{path}.{name}: is required but missing.");
            }
        }

        var declared = schema["properties"]?.AsObject();
        foreach (var (name, member) in body)
        {
            if (declared?[name] is { } property)
            {
                Check(contract, member, property, $"{path}.{name}", problems);
            }
            else if (schema["additionalProperties"] is JsonObject extra)
            {
                Check(contract, member, extra, $"{path}.{name}", problems);
            }
        }
    }

    private static void Text(JsonNode value, JsonNode schema, string path, List<string> problems)
    {
        if (value.GetValueKind() != JsonValueKind.String)
        {
            problems.Add($"{path}: must be a string, not {Kind(value)}.");
            return;
        }

        var text = value.GetValue<string>();
        var wrongFormat = schema["format"]?.ToString() switch
        {
            "uuid" => !Guid.TryParse(text, out _),
            "date-time" => !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
            "email" => !text.Contains('@', StringComparison.Ordinal),
            _ => false,
        };
        if (wrongFormat)
        {
            problems.Add($"{path}: \"{text}\" is not a {schema["format"]}.");
        }

        if (schema["minLength"] is { } min && text.Length < Numeric(min))
        {
            problems.Add($"{path}: is shorter than {min}.");
        }

        if (schema["maxLength"] is { } max && text.Length > Numeric(max))
        {
            problems.Add($"{path}: is longer than {max}.");
        }

        if (schema["pattern"]?.ToString() is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{path}: \"{text}\" does not match {pattern}.");
        }
    }

    private static void Number(JsonNode value, JsonNode schema, string path, List<string> problems)
    {
        if (value.GetValueKind() != JsonValueKind.Number)
        {
            problems.Add($"{path}: must be a number, not {Kind(value)}.");
            return;
        }

        var number = value.GetValue<double>();
        if (schema["type"]!.ToString() == "integer" && Math.Floor(number) != number)
        {
            problems.Add($"{path}: must be a whole number, not {number.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (schema["minimum"] is { } min && number < Numeric(min))
        {
            problems.Add($"{path}: is below the minimum {min}.");
        }

        if (schema["maximum"] is { } max && number > Numeric(max))
        {
            problems.Add($"{path}: is above the maximum {max}.");
        }
    }

    private static double Numeric(JsonNode node) => double.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);

    /// <summary>A value's kind as the gateway's own messages name it.</summary>
    public static string Kind(JsonNode? value) => JsonChecks.Describe(value?.GetValueKind() ?? JsonValueKind.Null);
}
