using System.Globalization;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// The longest text the store indexes, one limit per kind of value, as the contract's maxLength states
/// them. LiteDB refuses an index key over 1,023 bytes, and one UTF-16 character is at most 3 bytes of
/// UTF-8, so even the longest key, a stock level's (sku, locale and externalId together), stays at
/// 3 × (200 + 35 + 64) + 2 = 899 bytes. The contract refuses longer values at the door; these are the
/// emulator's own guard for values that reach it another way (feed files, the Centra relay).
/// </summary>
public static class IndexedText
{
    public const int Sku = 200;
    public const int Locale = 35;
    public const int ExternalId = 64;
    public const int Email = 254;
    public const int ReceiptId = 256;

    /// <summary>What is wrong with <paramref name="value"/> as a value of at most <paramref name="maxLength"/> characters, or null.</summary>
    public static string? Problem(string? value, int maxLength) =>
        value is not null && value.Length > maxLength ? $"must be at most {maxLength} characters long." : null;

    /// <summary>Refuses, as a validation error naming each path, the values that are too long to index.</summary>
    public static void Require(params ReadOnlySpan<(string Path, string? Value, int MaxLength)> values)
    {
        Dictionary<string, List<string>>? problems = null;
        foreach (var (path, value, maxLength) in values)
        {
            Note(ref problems, path, value, maxLength);
        }

        ThrowIfAny(problems);
    }

    /// <summary>Refuses the items of a list whose <paramref name="field"/> is too long to index, each as <c>$[i].field</c>.</summary>
    public static void RequireEach<T>(IReadOnlyList<T> items, params ReadOnlySpan<(string Field, Func<T, string?> Value, int MaxLength)> fields)
    {
        Dictionary<string, List<string>>? problems = null;
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var (field, value, maxLength) in fields)
            {
                var text = value(items[i]);
                if (text is not null && text.Length > maxLength)
                {
                    Note(ref problems, string.Create(CultureInfo.InvariantCulture, $"$[{i}].{field}"), text, maxLength);
                }
            }
        }

        ThrowIfAny(problems);
    }

    private static void Note(ref Dictionary<string, List<string>>? problems, string path, string? value, int maxLength)
    {
        if (Problem(value, maxLength) is { } problem)
        {
            problems ??= new(StringComparer.Ordinal);
            problems[path] = [problem];
        }
    }

    private static void ThrowIfAny(Dictionary<string, List<string>>? problems)
    {
        if (problems is not null)
        {
            throw new EmulatorException(ErrorCatalogue.ValidationError, $"{problems.Count} field(s) are too long to store; see errors.", problems);
        }
    }
}
