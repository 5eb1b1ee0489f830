using System.Globalization;

namespace BackInStock.Emulator.Catalog;

/// <summary>Google's price text: an amount with a point for decimals, then optionally an ISO 4217 code ("15.00 USD").</summary>
internal static class FeedPrice
{
    // No sign and no thousands separators: Google rejects both, and "1,299" would be ambiguous.
    private const NumberStyles AmountStyle = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static bool TryParse(string text, out decimal amount, out string? currency)
    {
        currency = null;
        amount = 0;
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            1 => decimal.TryParse(parts[0], AmountStyle, CultureInfo.InvariantCulture, out amount),
            2 => decimal.TryParse(parts[0], AmountStyle, CultureInfo.InvariantCulture, out amount) && TryParseCurrency(parts[1], out currency),
            _ => false,
        };
    }

    public static bool TryParseCurrency(string text, out string? currency)
    {
        var code = text.Trim();
        currency = code.Length == 3 && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : null;
        return currency is not null;
    }
}
