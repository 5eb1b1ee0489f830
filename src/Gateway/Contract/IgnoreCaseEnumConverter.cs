using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// Reads a contract enum by its JSON names ignoring case, and writes the contract's spelling. For an enum the
/// contract marks <c>x-case-insensitive</c>, because the vendor reads it so (Engage's own pages and its v2
/// swagger spell the receipt match keys differently); the validator has already compared the same way.
/// </summary>
public class IgnoreCaseEnumConverter<T> : JsonConverter<T>, IIgnoreCaseEnumNames
    where T : struct, Enum
{
    private static readonly (string Name, T Value)[] Members =
    [
        .. typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name, (T)f.GetValue(null)!)),
    ];

    public IEnumerable<string> Names => Members.Select(m => m.Name);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        foreach (var (name, value) in Members)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new JsonException($"must be one of: {string.Join(", ", Names)}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Members.First(m => EqualityComparer<T>.Default.Equals(m.Value, value)).Name);
}
