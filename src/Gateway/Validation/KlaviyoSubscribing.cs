using BackInStock.Emulator;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Klaviyo;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Validation;

/// <summary>
/// What Klaviyo's client and server endpoints share: the revision, the channels, the profile's email and
/// the catalog variant, each checked against its JSON path, then the subscription on the tenant's engine.
/// </summary>
internal static class KlaviyoSubscribing
{
    public const string VariantIdPath = "$.data.relationships.variant.data.id";

    private static readonly string[] Channels = ["EMAIL", "PUSH", "SMS", "WHATSAPP"];

    public static void Subscribe(EngageEmulator emulator, string revision, List<string> channels, KlaviyoProfileRelationship? profile, KlaviyoBackInStockRelationships relationships)
    {
        ApiRevision.Check(revision, emulator.Time.GetUtcNow());
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < channels.Count; i++)
        {
            if (!Channels.Contains(channels[i], StringComparer.Ordinal))
            {
                errors[$"$.data.attributes.channels[{i}]"] = [$"must be one of {string.Join(", ", Channels)}."];
            }
        }

        if (!channels.Contains("EMAIL", StringComparer.Ordinal))
        {
            errors.TryAdd("$.data.attributes.channels", ["must include EMAIL: the emulator delivers back-in-stock emails only."]);
        }

        var email = profile?.Data.Attributes.Email;
        if (email is null)
        {
            errors[profile is null ? "$.data.attributes.profile" : "$.data.attributes.profile.data.attributes.email"] = ["is required: the emulator notifies by email."];
        }

        var variant = VariantOf(relationships.Variant.Data.Id, errors);
        if (errors.Count > 0 || variant is null || email is null)
        {
            throw new EmulatorException(ErrorCatalogue.ValidationError, $"{errors.Count} field(s) are invalid; see errors.", errors);
        }

        emulator.Klaviyo.Subscribe(variant, email, language: null, VariantIdPath, $"names no variant of the catalog: product item {variant.Item} not found.");
    }

    private static BackInStockVariant? VariantOf(string id, Dictionary<string, List<string>> errors)
    {
        if (!CatalogVariantId.TryParse(id, out var catalogId))
        {
            errors[VariantIdPath] = ["must be integrationType:::catalogId:::externalId, e.g. $custom:::$default:::12366_SE_00_23400."];
            return null;
        }

        if (catalogId.Integration != CatalogVariantId.CustomIntegration || catalogId.Catalog != CatalogVariantId.DefaultCatalog
            || !BackInStockVariant.TryParse(catalogId.ExternalId, out var variant))
        {
            errors[VariantIdPath] = ["names no back-in-stock variant of Centra's catalog: those are $custom:::$default:::{displayItemId}_{country}_{state or 00}_{sizeId}, e.g. $custom:::$default:::12366_SE_00_23400."];
            return null;
        }

        return variant;
    }
}
