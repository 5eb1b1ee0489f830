using System.Globalization;
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

    /// <summary>One walk of the document; the names of every open object share one list, each object its own tail of it.</summary>
    private sealed class Walk(string root, ContractErrors errors)
    {
        private readonly List<string> _names = [];
        private readonly List<(string? Name, int Index)> _segments = [];

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
            var start = _names.Count;
            HashSet<string>? seen = null;
            foreach (var property in element.EnumerateObject())
            {
                var name = property.Name;
                if (FirstSpelling(name, start, ref seen) is { } first)
                {
                    Report(name, first);
                }
                else
                {
                    _names.Add(name);
                    seen?.Add(name);
                }

                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    _segments.Add((name, 0));
                    Visit(property.Value);
                    _segments.RemoveAt(_segments.Count - 1);
                }
            }

            _names.RemoveRange(start, _names.Count - start);
        }

        /// <summary>The spelling this object already used for <paramref name="name"/>, or null when it is new.</summary>
        private string? FirstSpelling(string name, int start, ref HashSet<string>? seen)
        {
            if (seen is null && _names.Count - start < PairwiseLimit)
            {
                for (var i = start; i < _names.Count; i++)
                {
                    if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
                    {
                        return _names[i];
                    }
                }

                return null;
            }

            if (seen is null)
            {
                seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = start; i < _names.Count; i++)
                {
                    seen.Add(_names[i]);
                }
            }

            return seen.TryGetValue(name, out var first) ? first : null;
        }

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
                if (segment is null)
                {
                    path.Append(CultureInfo.InvariantCulture, $"[{index}]");
                }
                else
                {
                    path.Append('.').Append(segment);
                }
            }

            path.Append('.').Append(name);
            errors.Add(path.ToString(), string.Equals(first, name, StringComparison.Ordinal)
                ? "is given more than once; send each property once."
                : $"is given more than once (also as \"{first}\"; names match ignoring case); send each property once.");
        }
    }
}
