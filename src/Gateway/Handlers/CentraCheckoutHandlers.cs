using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Klaviyo;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;

namespace BackInStock.Gateway.Handlers;

/// <summary>Centra's Checkout API and Shop API back-in-stock subscription, for Klaviyo shops; the default tenant.</summary>
public sealed class CentraCheckoutHandlers(TenantContext tenant) : ICentraCheckoutHandlers
{
    CentraBackInStockResult ICentraCheckoutHandlers.CheckoutApiBackInStockSubscription(CentraBackInStockRequest body) => Subscribe(body);

    CentraBackInStockResult ICentraCheckoutHandlers.ShopApiBackInStockSubscription(CentraBackInStockRequest body) => Subscribe(body);

    CentraBackInStockResult ICentraCheckoutHandlers.LegacyShopApiBackInStockSubscription(CentraBackInStockRequest body) => Subscribe(body);

    private CentraBackInStockResult Subscribe(CentraBackInStockRequest body)
    {
        // The contract's patterns have admitted both; what remains is Centra's own rule for "00".
        if (!CentraItem.TryParse(body.Item, out var item) || !ShipTo.TryCreate(body.ShipTo.Country, body.ShipTo.State, out var shipTo))
        {
            throw new EmulatorException(ErrorCatalogue.ValidationError, "The item or the ship-to location is not valid.", new Dictionary<string, List<string>> { ["$.item"] = ["must be displayItemId-sizeId, e.g. 12366-23400."] });
        }

        var result = tenant.Emulator.Klaviyo.Subscribe(new BackInStockVariant(item, shipTo), body.Email, body.Language, "$.item", "product item not found");
        return new()
        {
            Subscribed = true,
            Item = body.Item,
            ProductId = result.Variant.ProductId,
            VariantId = result.Variant.VariantId,
            CatalogVariantId = result.Variant.CatalogVariantId.ToString(),
            Sku = result.Sku,
            Locale = result.Subscription.Locale,
            Market = result.Variant.ShipTo.Market,
            ContactId = result.Contact.Id,
            SubscriptionId = result.Subscription.Id,
        };
    }
}
