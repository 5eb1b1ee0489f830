using System.Globalization;
using System.Net.Mail;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// The checks generated validators call: each looks at raw JSON, so a wrong type is reported
/// against its JSON path instead of failing deserialization as a whole.
/// </summary>
public static class JsonChecks
{
    public static bool IsObject(JsonElement json, string path, ContractErrors errors)
    {
        if (json.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        errors.Add(path, $"must be an object, not {Describe(json)}.");
        return false;
    }

    /// <summary>
    /// Finds a property by its contract name. Names bind case-insensitively, as Engage accepts both
    /// <c>ContactId</c> and <c>contactId</c>; the path reported is the name the client sent.
    /// </summary>
    /// <returns>Whether there is a non-null value left to check.</returns>
    public static bool Property(
        JsonElement json, string name, string path, ContractErrors errors, bool required, bool nullable,
        out JsonElement value, out string valuePath)
    {
        value = default;
        string? sent = null;
        foreach (var property in json.EnumerateObject())
        {
            if (NameIs(property, name))
            {
                value = property.Value;
                sent = property.Name;
                if (string.Equals(sent, name, StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        var found = sent is not null;
        valuePath = path + "." + (sent ?? name);

        if (!found || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add(valuePath, found ? "is required and must not be null." : "is required.");
            }
            else if (found && !nullable)
            {
                errors.Add(valuePath, "must not be null.");
            }

            return false;
        }

        return true;
    }

    // Compared as sent, in UTF-8, so only the property that matches becomes a string (an import checks a million lines).
    private static bool NameIs(JsonProperty property, string name)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return Ascii.IsValid(raw) && raw.IndexOf((byte)'\\') < 0
            ? Ascii.EqualsIgnoreCase(raw, name)
            : string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase);
    }

    public static void Text(
        JsonElement json, string path, ContractErrors errors, string? format, int minLength, int maxLength, Regex? pattern)
    {
        if (json.ValueKind != JsonValueKind.String)
        {
            errors.Add(path, $"must be a string, not {Describe(json)}.");
            return;
        }

        var text = json.GetString()!;
        if (text.Length < minLength)
        {
            errors.Add(path, minLength == 1 ? "must not be empty." : $"must be at least {minLength} characters long.");
        }
        else if (text.Length > maxLength)
        {
            errors.Add(path, $"must be at most {maxLength} characters long.");
        }
        else if (pattern is not null && !Matches(pattern, text))
        {
            errors.Add(path, $"must match the pattern {pattern}.");
        }

        if (format is not null && FormatProblem(format, text) is { } problem)
        {
            errors.Add(path, problem);
        }
    }

    public static void Uuid(JsonElement json, string path, ContractErrors errors)
    {
        if (json.ValueKind != JsonValueKind.String || !json.TryGetGuid(out _))
        {
            errors.Add(path, "must be a UUID such as \"f5774867-8358-111f-85a4-af1200eced95\".");
        }
    }

    public static void DateTime(JsonElement json, string path, ContractErrors errors)
    {
        if (json.ValueKind != JsonValueKind.String || !json.TryGetDateTimeOffset(out _))
        {
            errors.Add(path, "must be an ISO 8601 date-time such as \"2023-12-07T12:21:28+01:00\".");
        }
    }

    public static void WholeNumber(JsonElement json, string path, ContractErrors errors, double minimum, double maximum)
    {
        if (json.ValueKind != JsonValueKind.Number || !json.TryGetInt64(out var number))
        {
            errors.Add(path, $"must be an integer, not {Describe(json)}.");
            return;
        }

        if (number < minimum || number > maximum)
        {
            errors.Add(path, string.Create(CultureInfo.InvariantCulture, $"must be between {minimum} and {maximum}."));
        }
    }

    public static void Number(JsonElement json, string path, ContractErrors errors, double minimum, double maximum)
    {
        if (json.ValueKind != JsonValueKind.Number || !json.TryGetDouble(out var number))
        {
            errors.Add(path, $"must be a number, not {Describe(json)}.");
            return;
        }

        if (number < minimum || number > maximum)
        {
            errors.Add(path, string.Create(CultureInfo.InvariantCulture, $"must be between {minimum} and {maximum}."));
        }
    }

    public static void Boolean(JsonElement json, string path, ContractErrors errors)
    {
        if (json.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add(path, $"must be true or false, not {Describe(json)}.");
        }
    }

    public static void Enum(JsonElement json, string path, ContractErrors errors, string[] names, StringComparer comparer)
    {
        if (json.ValueKind != JsonValueKind.String || !names.Contains(json.GetString(), comparer))
        {
            errors.Add(path, $"must be one of: {string.Join(", ", names)}.");
        }
    }

    public static void Array(
        JsonElement json, string path, ContractErrors errors, Action<JsonElement, string, ContractErrors> item, int minItems = 0, int maxItems = int.MaxValue)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, $"must be an array, not {Describe(json)}.");
            return;
        }

        var length = json.GetArrayLength();
        if (length < minItems)
        {
            errors.Add(path, $"must have at least {minItems} item(s).");
        }
        else if (length > maxItems)
        {
            // Past the limit the items are not checked one by one: the answer would only grow.
            errors.Add(path, $"must have at most {maxItems} items, not {length}.");
            return;
        }

        var index = 0;
        foreach (var element in json.EnumerateArray())
        {
            item(element, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), errors);
            index++;
        }
    }

    /// <summary>Checks a body whose root is an array of a contract schema.</summary>
    public static void ArrayOf<T>(JsonElement json, string path, ContractErrors errors, int minItems, int maxItems)
        where T : IJsonValidated =>
        Array(json, path, errors, T.ValidateJson, minItems, maxItems);

    public static void AnyInteger(JsonElement json, string path, ContractErrors errors) =>
        WholeNumber(json, path, errors, long.MinValue, long.MaxValue);

    public static void AnyNumber(JsonElement json, string path, ContractErrors errors) =>
        Number(json, path, errors, double.MinValue, double.MaxValue);

    public static void AnyString(JsonElement json, string path, ContractErrors errors) =>
        Text(json, path, errors, format: null, minLength: 0, maxLength: int.MaxValue, pattern: null);

    /// <summary>A body the contract leaves open (any JSON): nothing to check.</summary>
    public static void AnyJson(JsonElement json, string path, ContractErrors errors)
    {
    }

    /// <summary>
    /// Notes properties the contract does not name: Engage ignores them, so a typo'd field is silently
    /// dropped; the nearest contract name is suggested.
    /// </summary>
    public static void UnknownProperties(JsonElement json, string path, ContractErrors errors, string[] names)
    {
        foreach (var property in json.EnumerateObject())
        {
            if (names.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var nearest = names.MinBy(name => EditDistance.Between(name.ToUpperInvariant(), property.Name.ToUpperInvariant()));
            var hint = nearest is not null && EditDistance.Between(nearest.ToUpperInvariant(), property.Name.ToUpperInvariant()) <= 2
                ? $" Did you mean \"{nearest}\"?"
                : string.Empty;
            errors.Warn(path + "." + property.Name, "UnknownProperty", "is not in the contract, so Engage ignores it." + hint);
        }
    }

    /// <summary>What an address that is not one is told; Engage names this failure <c>InvalidEmailAddress</c>.</summary>
    public const string NotAnEmailAddress = "must be a valid email address.";

    /// <summary>The check of a contract <c>format</c> a string has to meet, or null when it meets it.</summary>
    public static string? FormatProblem(string format, string text) => format switch
    {
        "email" when !IsEmail(text) => NotAnEmailAddress,
        "uuid" when !Guid.TryParseExact(text, "D", out _) => "must be a UUID such as \"f5774867-8358-111f-85a4-af1200eced95\".",
        "date-time" when !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) => "must be an ISO 8601 date-time.",
        _ => null,
    };

    private static bool IsEmail(string text) =>
        text.Length <= 254
        && !text.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal);

    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string Describe(JsonElement json) => BackInStock.Emulator.Import.JsonKinds.Describe(json.ValueKind);
}
