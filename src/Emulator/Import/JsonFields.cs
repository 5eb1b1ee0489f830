using System.Text;
using System.Text.Json;

namespace BackInStock.Emulator.Import;

/// <summary>
/// Reads the members of an import line without the serializer (a million subscription lines): names compared as
/// UTF-8 ignoring ASCII case, as names bind; a value of the wrong type is a problem at its path, never an exception.
/// </summary>
internal static class JsonFields
{
    /// <summary>Whether a property's name is <paramref name="name"/> (ASCII), ignoring case.</summary>
    public static bool Is(JsonProperty property, ReadOnlySpan<byte> name)
    {
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property);

        // Stryker disable once Conditional : the decoded comparison reads every name right; comparing the raw bytes only spares making a string
        return raw.IndexOf((byte)'\\') < 0
            ? Ascii.EqualsIgnoreCase(raw, name)
            : string.Equals(property.Name, Encoding.UTF8.GetString(name), StringComparison.OrdinalIgnoreCase);
    }

    public static string? Text(JsonProperty property, string parent, List<ImportFieldError> errors)
    {
        switch (property.Value.ValueKind)
        {
            case JsonValueKind.String:
                return property.Value.GetString();
            case JsonValueKind.Null:
                return null;
            default:
                errors.Add(new(Path(parent, property), $"must be a string, not {JsonKinds.Describe(property.Value.ValueKind)}."));
                return null;
        }
    }

    public static Guid? Uuid(JsonProperty property, string parent, List<ImportFieldError> errors)
    {
        if (property.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.Value.ValueKind == JsonValueKind.String && property.Value.TryGetGuid(out var id))
        {
            return id;
        }

        errors.Add(new(Path(parent, property), "must be a UUID such as \"f5774867-8358-111f-85a4-af1200eced95\"."));
        return null;
    }

    public static DateTimeOffset? DateTime(JsonProperty property, string parent, List<ImportFieldError> errors)
    {
        if (property.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.Value.ValueKind == JsonValueKind.String && property.Value.TryGetDateTimeOffset(out var time))
        {
            return time;
        }

        errors.Add(new(Path(parent, property), "must be an ISO 8601 date-time such as \"2023-12-07T12:21:28+01:00\"."));
        return null;
    }

    public static int? WholeNumber(JsonProperty property, string parent, List<ImportFieldError> errors)
    {
        if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var number))
        {
            return number;
        }

        errors.Add(new(Path(parent, property), property.Value.ValueKind == JsonValueKind.Number
            ? "must be a whole number from -2147483648 to 2147483647."
            : $"must be an integer, not {JsonKinds.Describe(property.Value.ValueKind)}."));
        return null;
    }

    public static string Path(string parent, JsonProperty property) => parent + "." + property.Name;
}
