using System.Text.Json.Nodes;
using BackInStock.Gateway.Contract;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BackInStock.Gateway.OpenApi;

/// <summary>
/// The runtime document's schema of an enum bound by <see cref="IgnoreCaseEnumConverter{T}"/>: a custom
/// converter tells the schema exporter nothing, so the names are written back as the contract has them.
/// </summary>
public static class IgnoreCaseEnumSchemas
{
    public static Task Transform(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.CustomConverter is IIgnoreCaseEnumNames converter)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. converter.Names.Select(name => (JsonNode)JsonValue.Create(name))];
        }

        return Task.CompletedTask;
    }
}
