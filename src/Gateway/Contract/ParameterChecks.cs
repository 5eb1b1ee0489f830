using System.Globalization;
using System.Text.RegularExpressions;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// Path, query and header parameters arrive as text so that a malformed one becomes a field error
/// named after the parameter, instead of ASP.NET Core's bare binding failure.
/// </summary>
public static class ParameterChecks
{
    public static string? Text(string? text, string name, ContractErrors errors, bool required, string? format, int? minLength, int? maxLength, string? pattern = null)
    {
        if (!Present(text, name, errors, required))
        {
            return null;
        }

        if (minLength is { } min && text!.Length < min)
        {
            errors.Add(name, $"must be at least {min} characters long.");
        }
        else if (maxLength is { } max && text!.Length > max)
        {
            errors.Add(name, $"must be at most {max} characters long.");
        }
        else if (format is not null && JsonChecks.FormatProblem(format, text!) is { } problem)
        {
            errors.Add(name, problem);
        }
        else if (pattern is not null && !Regex.IsMatch(text!, pattern, RegexOptions.CultureInvariant, PatternTime))
        {
            errors.Add(name, $"must match the pattern {pattern}.");
        }

        return text;
    }

    /// <summary>
    /// Refuses query parameters the operation does not declare. A misspelt or unsupported filter that is
    /// ignored answers as if no filter were given (every email instead of one recipient's), which reads as a
    /// wrong answer rather than a mistake; named in a 400, it is fixed at once.
    /// </summary>
    public static void OnlyDeclared(IQueryCollection query, IReadOnlyList<string> declared, ContractErrors errors)
    {
        foreach (var name in query.Keys)
        {
            if (declared.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            var nearest = declared.MinBy(known => EditDistance.Between(known.ToUpperInvariant(), name.ToUpperInvariant()));
            var hint = nearest is not null && EditDistance.Between(nearest.ToUpperInvariant(), name.ToUpperInvariant()) <= 2 ? $" Did you mean '{nearest}'?" : "";
            var takes = declared.Count == 0 ? "it takes no query parameters" : $"it takes {string.Join(", ", declared)}";
            errors.Add(Shorten(name), $"is not a query parameter of this operation; {takes}.{hint}");
        }
    }

    private static readonly TimeSpan PatternTime = TimeSpan.FromMilliseconds(100);

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";

    public static Guid? Uuid(string? text, string name, ContractErrors errors, bool required)
    {
        if (!Present(text, name, errors, required))
        {
            return null;
        }

        if (Guid.TryParseExact(text, "D", out var value))
        {
            return value;
        }

        errors.Add(name, "must be a UUID such as \"f5774867-8358-111f-85a4-af1200eced95\".");
        return null;
    }

    public static int? WholeNumber(string? text, string name, ContractErrors errors, bool required, decimal? minimum = null, decimal? maximum = null) =>
        (int?)LongNumber(text, name, errors, required, minimum ?? int.MinValue, maximum ?? int.MaxValue);

    public static long? LongNumber(string? text, string name, ContractErrors errors, bool required, decimal? minimum = null, decimal? maximum = null)
    {
        if (!Present(text, name, errors, required))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value < minimum || value > maximum)
            {
                errors.Add(name, string.Create(CultureInfo.InvariantCulture, $"must be between {minimum?.ToString() ?? "any"} and {maximum?.ToString() ?? "any"}."));
                return null;
            }

            return value;
        }

        errors.Add(name, "must be an integer.");
        return null;
    }

    public static bool? Boolean(string? text, string name, ContractErrors errors, bool required)
    {
        if (!Present(text, name, errors, required))
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(name, "must be true or false.");
        return null;
    }

    public static DateTimeOffset? DateTime(string? text, string name, ContractErrors errors, bool required)
    {
        if (!Present(text, name, errors, required))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
        {
            return value;
        }

        errors.Add(name, "must be an ISO 8601 date-time.");
        return null;
    }

    private static bool Present(string? text, string name, ContractErrors errors, bool required)
    {
        if (!string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (required)
        {
            errors.Add(name, "is required.");
        }

        return false;
    }
}
