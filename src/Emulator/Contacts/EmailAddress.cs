using System.Text;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Unicode;

namespace BackInStock.Emulator.Contacts;

/// <summary>
/// How an email address is kept and when two are the same contact. An address is kept in Unicode
/// normalization form C, so the composed and decomposed spellings of <c>Änna@</c> are one address; two
/// addresses are one contact when they match ignoring case, as Engage matches them. Neither step may turn
/// one person's address into another's, so both leave alone a character that Unicode would replace on
/// its own (U+212A KELVIN SIGN becomes an ASCII K under NFC, U+212B ANGSTROM SIGN becomes Å, U+2126 OHM SIGN
/// becomes Ω), and the case fold never lowers a non-ASCII character to an ASCII one (the Kelvin sign to k, U+0130 İ to i).
/// U+017F LONG S is already lower case and is left as it is. Mail to such an address goes to the
/// address as sent, never to the ASCII look-alike, because the contact keeps the address it was created with.
/// </summary>
public static class EmailAddress
{
    /// <summary>The address as the emulator keeps it: NFC, except characters NFC would replace on their own.</summary>
    public static string Normalize(string address)
    {
        // Stryker disable once Statement : nullable annotations keep null from every caller; the guard is for callers outside this code base
        ArgumentNullException.ThrowIfNull(address);
        if (address.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !IsWholeUnicode(address))
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.ValidationError, "The email address is not valid Unicode text: it holds half of a surrogate pair.");
        }

        // Stryker disable once Block : a fast path: normalizing an already normalized address gives the same address
        if (Nfc.IsNormalized(address))
        {
            return address;
        }

        // Runs between replaced characters are normalized on their own; the replaced ones are kept as sent.
        var kept = new StringBuilder(address.Length);
        var run = new StringBuilder();
        foreach (var rune in address.EnumerateRunes())
        {
            if (IsReplacedByNormalization(rune))
            {
                kept.Append(Nfc.Normalize(run.ToString()));
                run.Clear();
                kept.Append(rune.ToString());
            }
            else
            {
                run.Append(rune.ToString());
            }
        }

        return kept.Append(Nfc.Normalize(run.ToString())).ToString();
    }

    /// <summary>The key two addresses share when they are one contact: normalized, then folded to lower case.</summary>
    public static string Key(string address)
    {
        var normalized = Normalize(address);
        // Stryker disable once Block : a fast path: the general fold gives the same key for ASCII
        if (Ascii.IsValid(normalized))
        {
            return normalized.ToLowerInvariant();
        }

        var key = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            key.Append(Fold(rune).ToString());
        }

        return key.ToString();
    }

    private static Rune Fold(Rune rune)
    {
        if (rune.IsAscii)
        {
            return Rune.ToLowerInvariant(rune);
        }

        var lower = Rune.ToLowerInvariant(rune);
        return lower.IsAscii || IsReplacedByNormalization(rune) ? rune : lower;
    }

    private static bool IsWholeUnicode(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // A character whose own NFC is something else: a singleton such as the Kelvin sign, or a composition exclusion.
    private static bool IsReplacedByNormalization(Rune rune)
    {
        if (rune.IsAscii)
        {
            return false;
        }

        return !Nfc.IsNormalized(rune.ToString());
    }
}
