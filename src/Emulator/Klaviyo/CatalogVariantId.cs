using System.Diagnostics.CodeAnalysis;

namespace BackInStock.Emulator.Klaviyo;

/// <summary>
/// Klaviyo's compound catalog-variant id, "{integration}:::{catalog}:::{external_id}" (Klaviyo's OpenAPI,
/// /api/catalog-variants/{id}: "the only supported integration type is $custom, and the only supported
/// catalog is $default"); Centra syncs its catalog as such a custom catalog.
/// </summary>
public sealed record CatalogVariantId(string Integration, string Catalog, string ExternalId)
{
    public const string CustomIntegration = "$custom";
    public const string DefaultCatalog = "$default";
    private const string Separator = ":::";

    public override string ToString() => string.Join(Separator, Integration, Catalog, ExternalId);

    public static bool TryParse(string? text, [NotNullWhen(true)] out CatalogVariantId? id)
    {
        id = null;
        var parts = text?.Split(Separator) ?? [];
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            return false;
        }

        id = new CatalogVariantId(parts[0], parts[1], parts[2]);
        return true;
    }
}
