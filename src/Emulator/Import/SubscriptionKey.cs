namespace BackInStock.Emulator.Import;

/// <summary>
/// A 64-bit hash of what makes two subscriptions the same (contact, sku, locale ignoring case, externalId), so an
/// import remembers a million subscriptions in a few bytes each instead of their text. Equal subscriptions hash
/// alike; two that hash alike are compared in full before a line is refused, so a collision costs a look-up, never a line.
/// </summary>
internal static class SubscriptionKey
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(Guid contactId, string sku, string locale, string? externalId)
    {
        var hash = Offset;
        Span<byte> id = stackalloc byte[16];
        contactId.TryWriteBytes(id);
        foreach (var b in id)
        {
            hash = (hash ^ b) * Prime;
        }

        hash = Add(hash, sku, ignoreCase: false);
        // Locales compare with OrdinalIgnoreCase, which compares the invariant upper case of each character.
        hash = Add(hash, locale, ignoreCase: true);
        return externalId is null ? (hash ^ 0xFFFF) * Prime : Add(hash, externalId, ignoreCase: false);
    }

    private static ulong Add(ulong hash, string text, bool ignoreCase)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (ignoreCase ? char.ToUpperInvariant(c) : c)) * Prime;
        }

        // A separator, so ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0x1F) * Prime;
    }
}
