using System.Text;

namespace BackInStock.Emulator.Contacts;

/// <summary>
/// A mobile phone number as a key: the spaces, dashes, dots and brackets people type are dropped, a leading
/// 00 becomes +, and what is left must be 6 to 15 digits (E.164 allows 15), with or without a leading +.
/// Engage's find-contact page writes them as <c>+46735654321</c>.
/// </summary>
public static class PhoneNumber
{
    public const int MaxLength = 32;

    /// <summary>The number as it is kept and compared, or null when it is not a phone number.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && kept.Length == 0))
            {
                kept.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        var number = kept.ToString();
        if (number.StartsWith("00", StringComparison.Ordinal))
        {
            number = "+" + number[2..];
        }

        var digits = number.TrimStart('+').Length;
        return digits is >= 6 and <= 15 && number != "+" ? number : null;
    }
}
