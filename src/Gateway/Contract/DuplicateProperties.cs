using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// Refuses a property given twice in one object, at any depth. The generated checks read one of the
/// two and the deserializer keeps the last, so a repeated name would let an unchecked value through.
/// Names compare ignoring case because that is how they bind (PropertyNameCaseInsensitive): "email"
/// and "Email" are the same property given twice.
/// </summary>
public static class DuplicateProperties
{
    // Past this many properties an object's names go into a set; below it comparing pairs costs less.
    private const int PairwiseLimit = 8;

    // Enough to show what is wrong; a body made of repeats should not make an answer as large as itself.
    private const int MaxReported = 50;

    /// <returns>Whether the document has no repeated property.</returns>
    public static bool Check(JsonElement root, string path, ContractErrors errors)
    {
        var walk = new Walk(path, errors);
        walk.Visit(root);
        return walk.Found == 0;
    }

    /// <summary>One walk of the document; the properties of every open object share one list, each object its own tail of it.</summary>
    private sealed class Walk(string root, ContractErrors errors)
    {
        private readonly List<JsonProperty> _properties = [];
        private readonly List<(JsonProperty? Property, int Index)> _segments = [];

        public int Found { get; private set; }

        public void Visit(JsonElement element)
        {
            if (Found >= MaxReported)
            {
                return;
            }

            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    VisitObject(element);
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        {
                            _segments.Add((null, index));
                            Visit(item);
                            _segments.RemoveAt(_segments.Count - 1);
                        }

                        index++;
                    }

                    break;
                default:
                    break;
            }
        }

        private void VisitObject(JsonElement element)
        {
            var start = _properties.Count;
            HashSet<string>? seen = null;
            foreach (var property in element.EnumerateObject())
            {
                if (FirstSpelling(property, start, ref seen) is { } first)
                {
                    Report(property.Name, first);
                }
                else
                {
                    _properties.Add(property);
                    seen?.Add(property.Name);
                }

                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    _segments.Add((property, 0));
                    Visit(property.Value);
                    _segments.RemoveAt(_segments.Count - 1);
                }
            }

            _properties.RemoveRange(start, _properties.Count - start);
        }

        /// <summary>The spelling this object already used for the property's name, or null when it is new.</summary>
        private string? FirstSpelling(JsonProperty property, int start, ref HashSet<string>? seen)
        {
            if (seen is null && _properties.Count - start < PairwiseLimit)
            {
                for (var i = start; i < _properties.Count; i++)
                {
                    if (SameName(_properties[i], property))
                    {
                        return _properties[i].Name;
                    }
                }

                return null;
            }

            if (seen is null)
            {
                seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = start; i < _properties.Count; i++)
                {
                    seen.Add(_properties[i].Name);
                }
            }

            return seen.TryGetValue(property.Name, out var first) ? first : null;
        }

        // Plain ASCII names (nearly all) compare as UTF-8 as sent, so no name becomes a string; others as binding compares them.
        private static bool SameName(JsonProperty left, JsonProperty right)
        {
            var a = JsonMarshal.GetRawUtf8PropertyName(left);
            var b = JsonMarshal.GetRawUtf8PropertyName(right);
            return IsPlain(a) && IsPlain(b)
                ? Ascii.EqualsIgnoreCase(a, b)
                : string.Equals(left.Name, right.Name, StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsPlain(ReadOnlySpan<byte> name) => Ascii.IsValid(name) && !name.Contains((byte)'\\');

        private void Report(string name, string first)
        {
            Found++;
            if (Found > MaxReported)
            {
                return;
            }

            var path = new StringBuilder(root);
            foreach (var (segment, index) in _segments)
            {
                if (segment is { } property)
                {
                    path.Append('.').Append(property.Name);
                }
                else
                {
                    path.Append(CultureInfo.InvariantCulture, $"[{index}]");
                }
            }

            path.Append('.').Append(name);
            errors.Add(path.ToString(), string.Equals(first, name, StringComparison.Ordinal)
                ? "is given more than once; send each property once."
                : $"is given more than once (also as \"{first}\"; names match ignoring case); send each property once.");
        }
    }
}
