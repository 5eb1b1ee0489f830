using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.Subscriptions;

namespace BackInStock.Gateway.Handlers;

/// <summary>
/// Engage's back-in-stock operations, answered by the in-process tenant.Emulator. Members implement the
/// generated interface explicitly, so an operation removed from the contract breaks the build here.
/// </summary>
public sealed class BackInStockHandlers(TenantContext tenant) : IBackInStockHandlers
{
    Subscription IBackInStockHandlers.CreateSubscription(CreateSubscriptionRequest body) =>
        ToDto(tenant.Emulator.Subscriptions.Create(new Domain.NewSubscription(body.ContactId, body.Sku, body.Locale, body.ExternalId)));

    void IBackInStockHandlers.DeleteSubscription(Guid subscriptionId) => tenant.Emulator.Subscriptions.Delete(subscriptionId);

    SubscriptionList IBackInStockHandlers.ListContactSubscriptions(Guid contactId) =>
        new() { Data = tenant.Emulator.Subscriptions.ListFor(contactId).Select(ToDto).ToList() };

    void IBackInStockHandlers.UpdateStockLevels(IEnumerable<StockLevelUpdate> body) =>
        tenant.Emulator.StockLevels.Update(StockLevelMapping.ToDomain(body));

    // Engage's v2 forms, still called by SDKs generated from its v2 swagger: the same engine, answered with a JSON body.
    InventoryV2Result IBackInStockHandlers.UpdateStockLevelV2(StockLevelUpdate body)
    {
        tenant.Emulator.StockLevels.Update(StockLevelMapping.ToDomain([body]));
        return new();
    }

    InventoryV2Result IBackInStockHandlers.UpdateStockLevelsV2(IEnumerable<StockLevelUpdate> body)
    {
        tenant.Emulator.StockLevels.Update(StockLevelMapping.ToDomain(body));
        return new();
    }

    private static Subscription ToDto(Domain.Subscription s) => new()
    {
        Id = s.Id,
        ContactId = s.ContactId,
        Sku = s.Sku,
        Locale = s.Locale,
        ExternalId = s.ExternalId,
        CreatedOn = s.CreatedOn,
    };
}
