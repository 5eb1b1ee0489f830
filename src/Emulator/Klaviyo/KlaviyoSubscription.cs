using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Klaviyo;

/// <summary>
/// A shopper waiting for a back-in-stock variant: the Engage-style subscription the trigger works on
/// (the size's SKU, the locale whose feed holds it, the ship-to market as externalId) and its variant.
/// </summary>
public sealed record KlaviyoSubscription(BackInStockVariant Variant, string Sku, Contact Contact, bool ContactCreated, Subscription Subscription);
