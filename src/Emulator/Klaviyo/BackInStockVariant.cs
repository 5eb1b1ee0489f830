using System.Diagnostics.CodeAnalysis;
using BackInStock.Emulator.Centra;

namespace BackInStock.Emulator.Klaviyo;

/// <summary>
/// The back-in-stock product and variant Centra creates in Klaviyo for an item and a ship-to location,
/// as Centra's Klaviyo page builds their ids: product "12366_SE_00" (display item, country, state or 00)
/// and variant "12366_SE_00_23400" (plus the size id). In Klaviyo's catalog the variant is
/// "$custom:::$default:::12366_SE_00_23400".
/// </summary>
public sealed record BackInStockVariant(CentraItem Item, ShipTo ShipTo)
{
    public string ProductId => $"{Item.DisplayItemId}_{ShipTo.IdPart}";

    public string VariantId => $"{ProductId}_{Item.SizeId}";

    public CatalogVariantId CatalogVariantId => new(CatalogVariantId.CustomIntegration, CatalogVariantId.DefaultCatalog, VariantId);

    public override string ToString() => VariantId;

    /// <summary>Reads "12366_SE_00_23400": display item, country, state (00 for none), size.</summary>
    public static bool TryParse(string? variantId, [NotNullWhen(true)] out BackInStockVariant? variant)
    {
        variant = null;
        var parts = variantId?.Split('_') ?? [];
        if (parts.Length != 4 || !CentraItem.IsId(parts[0]) || !CentraItem.IsId(parts[3])
            // Stryker disable once Linq : All vs Any: the IdPart round trip refuses any country not written in upper case anyway
            || !parts[1].All(char.IsAsciiLetterUpper) || !ShipTo.TryCreate(parts[1], parts[2], out var shipTo) || shipTo.IdPart != $"{parts[1]}_{parts[2]}")
        {
            return false;
        }

        variant = new BackInStockVariant(new CentraItem(parts[0], parts[3]), shipTo);
        return true;
    }
}
