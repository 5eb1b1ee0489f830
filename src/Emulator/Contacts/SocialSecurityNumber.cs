namespace BackInStock.Emulator.Contacts;

/// <summary>
/// Engage's socialSecurityNumber: a Swedish personal identity (or coordination) number, or a Finnish personal
/// identity code, as Engage's find-contact page says. Swedish numbers come as 10 or 12 digits, with or
/// without the dash (or the plus of a centenarian) before the last four, and end in a Luhn check digit;
/// two spellings of one person share the last ten digits. Finnish codes are DDMMYY, a century sign, three
/// digits and a check character (the nine digits modulo 31).
/// </summary>
public static class SocialSecurityNumber
{
    public const int MaxLength = 13;

    private const string FinnishChecks = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>The key two spellings of one number share, or null when the text is neither a Swedish nor a Finnish number.</summary>
    public static string? Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxLength)
        {
            return null;
        }

        var trimmed = text.Trim().ToUpperInvariant();
        return Swedish(trimmed) ?? Finnish(trimmed);
    }

    private static string? Swedish(string text)
    {
        var digits = text.Length switch
        {
            10 or 12 => text,
            11 or 13 when text[^5] is '-' or '+' => text.Remove(text.Length - 5, 1),
            _ => null,
        };
        if (digits is null || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var ten = digits[^10..];
        return Luhn(ten) ? ten : null;
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static string? Finnish(string text)
    {
        if (text.Length != 11 || !text[..6].All(char.IsAsciiDigit) || !text[7..10].All(char.IsAsciiDigit)
            || !"+-ABCDEFUVWXY".Contains(text[6], StringComparison.Ordinal))
        {
            return null;
        }

        var number = int.Parse(text[..6] + text[7..10], System.Globalization.CultureInfo.InvariantCulture);
        return FinnishChecks[number % 31] == text[10] ? text : null;
    }
}
