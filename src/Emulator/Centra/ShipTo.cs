using System.Diagnostics.CodeAnalysis;

namespace BackInStock.Emulator.Centra;

/// <summary>
/// A ship-to location: an ISO 3166-1 country and, where the country has them, a state. Centra keys its
/// back-in-stock variants by it; the emulator keys the stock market by it too, written as ISO 3166-2
/// ("SE", "US-NY"), which is what a stock update's externalId names.
/// </summary>
public sealed record ShipTo(string Country, string? State)
{
    /// <summary>Centra's placeholder for a country without states ("Sweden does not have states, placeholder 00 is used").</summary>
    public const string NoState = "00";

    /// <summary>The country and state parts of Centra's ids: "SE_00", "US_NY".</summary>
    public string IdPart => $"{Country}_{State ?? NoState}";

    /// <summary>The market a stock update names in its externalId: "SE", "US-NY".</summary>
    public string Market => State is null ? Country : $"{Country}-{State}";

    /// <summary>Normalizes what a storefront sends ("se", state "" or "00" for none).</summary>
    public static bool TryCreate(string? country, string? state, [NotNullWhen(true)] out ShipTo? shipTo)
    {
        shipTo = null;
        if (country is not { Length: 2 } || !country.All(char.IsAsciiLetter))
        {
            return false;
        }

        var normalizedState = string.IsNullOrEmpty(state) || state == NoState ? null : state.ToUpperInvariant();
        if (normalizedState is not null && (normalizedState.Length > 3 || !normalizedState.All(char.IsAsciiLetterOrDigit)))
        {
            return false;
        }

        shipTo = new ShipTo(country.ToUpperInvariant(), normalizedState);
        return true;
    }

    public static bool TryParseMarket(string? market, [NotNullWhen(true)] out ShipTo? shipTo)
    {
        shipTo = null;
        var parts = market?.Split('-') ?? [];
        return parts.Length is 1 or 2
            && parts[0] is { Length: 2 } country && country.All(char.IsAsciiLetterUpper)
            && TryCreate(country, parts.Length == 2 ? parts[1] : null, out shipTo)
            && shipTo.Market == market;
    }
}
