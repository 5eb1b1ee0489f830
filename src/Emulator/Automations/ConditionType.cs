namespace BackInStock.Emulator.Automations;

/// <summary>The kinds of custom condition Engage's back-in-stock trigger offers.</summary>
public enum ConditionType
{
    Locale,
    Quantity,
    Sku,
    ExternalId,
    ProductData,
    SubscriptionTime,
    Purchase,
    ContactAttribute,
}
