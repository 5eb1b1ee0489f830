using System.Diagnostics.CodeAnalysis;

namespace BackInStock.Emulator.Centra;

/// <summary>
/// A Checkout API item: "a concatenation of displayItems.id-displayItems.productVariant.productSizes.id"
/// (Centra's front-end elements page), so "12366-23400" is display item 12366 in size 23400.
/// </summary>
public sealed record CentraItem(string DisplayItemId, string SizeId)
{
    public override string ToString() => $"{DisplayItemId}-{SizeId}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out CentraItem? item)
    {
        item = null;
        var parts = text?.Split('-') ?? [];
        if (parts.Length != 2 || !parts.All(IsId))
        {
            return false;
        }

        item = new CentraItem(parts[0], parts[1]);
        return true;
    }

    internal static bool IsId(string part) => part.Length is > 0 and <= 18 && part.All(char.IsAsciiDigit);
}
