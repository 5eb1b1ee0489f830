using System.Text.Json;

namespace BackInStock.Emulator.Catalog;

/// <summary>A JSON feed: an array of product objects, or an object with a <c>products</c> array, with Google's field names.</summary>
internal static class JsonProductFeed
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static List<FeedItem> Read(Stream content)
    {
        using var document = Parse(content);
        return ProductsOf(document.RootElement).EnumerateArray().Select((product, index) => ToItem(product, index + 1)).ToList();
    }

    private static JsonDocument Parse(Stream content)
    {
        try
        {
            return JsonDocument.Parse(content, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } zeroBased ? $" at line {zeroBased + 1}" : string.Empty;
            throw new FeedFormatException($"The JSON is malformed{line}: {e.Message}", e);
        }
    }

    private static JsonElement ProductsOf(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (string.Equals(property.Name, "products", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array)
                {
                    return property.Value;
                }
            }
        }

        throw new FeedFormatException($"A JSON feed is an array of products or an object with a \"products\" array, not {KindOf(root)}.");
    }

    private static FeedItem ToItem(JsonElement product, int number)
    {
        var fields = new ProductFields($"item {number}");
        if (product.ValueKind != JsonValueKind.Object)
        {
            throw new FeedFormatException($"{fields.Where} is {KindOf(product)}, not an object.");
        }

        foreach (var property in product.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    fields.Add(property.Name, property.Value.GetString());
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    // The literal as written: "19.90" stays "19.90", and a price keeps its precision.
                    fields.Add(property.Name, property.Value.GetRawText());
                    break;
                case JsonValueKind.Object or JsonValueKind.Array:
                    fields.AddStructured(property.Name, KindOf(property.Value));
                    break;
                default:
                    break;
            }
        }

        return fields.ToItem();
    }

    private static string KindOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
