using System.Globalization;
using System.Text;

namespace BackInStock.Emulator.Unicode;

/// <summary>
/// Unicode normalization form C (UAX #15): canonical decomposition, canonical ordering, canonical
/// composition. The gateway runs with InvariantGlobalization, where <see cref="string.Normalize()"/>
/// returns its input unchanged, so the emulator carries the tables itself, as data from the Unicode Character Database (nfc-data.txt).
/// </summary>
public static class Nfc
{
    // Hangul syllables decompose and compose by arithmetic rather than by table (Unicode chapter 3.12).
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Tables> Data = new(Tables.Load);

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var tables = Data.Value;
        var codes = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, codes, tables);
        }

        Reorder(codes, tables);
        Compose(codes, tables);
        var normalized = new StringBuilder(text.Length);
        foreach (var code in codes)
        {
            normalized.Append(char.ConvertFromUtf32(code));
        }

        var result = normalized.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }

    public static bool IsNormalized(string text) => ReferenceEquals(Normalize(text), text);

    private static void Decompose(int code, List<int> into, Tables tables)
    {
        if (code is >= SBase and < SBase + SCount)
        {
            var index = code - SBase;
            into.Add(LBase + (index / NCount));
            into.Add(VBase + (index % NCount / TCount));
            if (index % TCount != 0)
            {
                into.Add(TBase + (index % TCount));
            }

            return;
        }

        if (tables.Decompositions.TryGetValue(code, out var parts))
        {
            Decompose(parts.First, into, tables);
            if (parts.Second != 0)
            {
                Decompose(parts.Second, into, tables);
            }

            return;
        }

        into.Add(code);
    }

    // Marks between two starters are sorted by combining class, keeping the order of equal classes.
    private static void Reorder(List<int> codes, Tables tables)
    {
        for (var i = 1; i < codes.Count; i++)
        {
            var current = tables.ClassOf(codes[i]);
            if (current == 0)
            {
                continue;
            }

            for (var j = i; j > 0; j--)
            {
                var before = tables.ClassOf(codes[j - 1]);
                if (before <= current)
                {
                    break;
                }

                (codes[j - 1], codes[j]) = (codes[j], codes[j - 1]);
            }
        }
    }

    private static void Compose(List<int> codes, Tables tables)
    {
        var starter = -1;
        var lastClass = 0;
        var write = 0;
        for (var read = 0; read < codes.Count; read++)
        {
            var code = codes[read];
            var codeClass = tables.ClassOf(code);

            // A mark joins the last starter unless something in between has its class or 0 (it is blocked).
            var adjacent = starter == write - 1;
            if (starter >= 0 && (adjacent || (lastClass != 0 && lastClass < codeClass))
                && Composite(codes[starter], code, tables) is { } composite)
            {
                codes[starter] = composite;
                continue;
            }

            if (codeClass == 0)
            {
                starter = write;
            }

            lastClass = codeClass;
            codes[write++] = code;
        }

        codes.RemoveRange(write, codes.Count - write);
    }

    private static int? Composite(int first, int second, Tables tables)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }

        return tables.Compositions.TryGetValue(((long)first << 21) | (uint)second, out var composite) ? composite : null;
    }

    private sealed class Tables
    {
        public Dictionary<int, (int First, int Second)> Decompositions { get; } = [];

        public Dictionary<long, int> Compositions { get; } = [];

        public Dictionary<int, byte> Classes { get; } = [];

        public int ClassOf(int code) => code < 0x300 ? 0 : Classes.GetValueOrDefault(code);

        public static Tables Load()
        {
            var tables = new Tables();
            var (decompositions, classes) = Read();
            foreach (var entry in decompositions.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var never = entry[0] == '!';
                var start = never ? 1 : 0;
                var equals = entry.IndexOf('=', StringComparison.Ordinal);
                var comma = entry.IndexOf(',', StringComparison.Ordinal);
                var value = Hex(entry.AsSpan(start, equals - start));
                var first = Hex(comma < 0 ? entry.AsSpan(equals + 1) : entry.AsSpan(equals + 1, comma - equals - 1));
                var second = comma < 0 ? 0 : Hex(entry.AsSpan(comma + 1));
                tables.Decompositions[value] = (first, second);
                if (!never && second != 0)
                {
                    tables.Compositions[((long)first << 21) | (uint)second] = value;
                }
            }

            foreach (var entry in classes.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var dash = entry.IndexOf('-', StringComparison.Ordinal);
                var colon = entry.IndexOf(':', StringComparison.Ordinal);
                var value = byte.Parse(entry.AsSpan(colon + 1), CultureInfo.InvariantCulture);
                for (var code = Hex(entry.AsSpan(0, dash)); code <= Hex(entry.AsSpan(dash + 1, colon - dash - 1)); code++)
                {
                    tables.Classes[code] = value;
                }
            }

            return tables;
        }

        /// <summary>The two sections of the embedded nfc-data.txt, each as one string of entries.</summary>
        private static (string Decompositions, string Classes) Read()
        {
            using var stream = typeof(Nfc).Assembly.GetManifestResourceStream("BackInStock.Emulator.Unicode.nfc-data.txt")
                ?? throw new InvalidOperationException("The embedded Unicode data (nfc-data.txt) is missing from the build.");
            using var reader = new StreamReader(stream);
            var sections = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
            StringBuilder? current = null;
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith('['))
                {
                    sections[line[1..line.IndexOf(']', StringComparison.Ordinal)]] = current = new StringBuilder();
                }
                else if (line.Length > 0 && line[0] != '#')
                {
                    current?.Append(line);
                }
            }

            return (sections["decompositions"].ToString(), sections["combining-classes"].ToString());
        }

        private static int Hex(ReadOnlySpan<char> text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
