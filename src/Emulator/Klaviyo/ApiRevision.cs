using System.Globalization;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Klaviyo;

/// <summary>
/// Klaviyo's required "revision" header, "YYYY-MM-DD[.suffix]" (its OpenAPI; beta revisions end in ".pre").
/// Back-in-stock subscriptions first appear in revision 2023-07-15; a future date is refused, as Klaviyo's
/// versioning policy says "the revision passed in must be a valid revision".
/// </summary>
public static class ApiRevision
{
    public const string Header = "revision";

    public static readonly DateOnly FirstWithBackInStock = new(2023, 7, 15);

    /// <summary>The revision's date; throws InvalidRevision (400) or RevisionNotFound (404) on the "revision" parameter.</summary>
    public static DateOnly Check(string text, DateTimeOffset now)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        // Stryker disable once Equality : a dot at position 0 leaves an empty date part, invalid either way
        var datePart = dot < 0 ? text : text[..dot];
        // Stryker disable once Equality : a dot at position 0 leaves an empty date part, so the suffix is never read
        var suffix = dot < 0 ? null : text[(dot + 1)..];
        if (!DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || (suffix is not null && (suffix.Length == 0 || !suffix.All(char.IsAsciiLetterLower))))
        {
            throw Refused(ErrorCatalogue.InvalidRevision, $"'{text}' is not a revision.", "must be a date as YYYY-MM-DD, optionally with a suffix such as .pre (for example 2024-10-15).");
        }

        if (date > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw Refused(ErrorCatalogue.InvalidRevision, $"Unable to specify a future revision date ({text}).", "is in the future: unable to specify a future revision date.");
        }

        if (date < FirstWithBackInStock)
        {
            throw Refused(ErrorCatalogue.RevisionNotFound, $"No valid revisions found for method ({text}).", $"is before the first revision with back-in-stock subscriptions: No valid revisions found for method; use {FirstWithBackInStock:yyyy-MM-dd} or later.");
        }

        return date;
    }

    private static EmulatorException Refused(EmulatorError error, string detail, string message) =>
        new(error, detail, new Dictionary<string, List<string>> { [Header] = [message] });
}
