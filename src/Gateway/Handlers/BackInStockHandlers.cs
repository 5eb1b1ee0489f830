using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using Domain = BackInStock.Emulator.Subscriptions;

namespace BackInStock.Gateway.Handlers;

/// <summary>Engage's back-in-stock operations, answered by the in-process emulator.</summary>
public sealed class BackInStockHandlers(EngageEmulator emulator) : IBackInStockHandlers
{
    public Subscription CreateSubscription(CreateSubscriptionRequest body) =>
        ToDto(emulator.Subscriptions.Create(new Domain.NewSubscription(body.ContactId, body.Sku, body.Locale, body.ExternalId)));

    public void DeleteSubscription(Guid subscriptionId) => emulator.Subscriptions.Delete(subscriptionId);

    public SubscriptionList ListContactSubscriptions(Guid contactId) =>
        new() { Data = emulator.Subscriptions.ListFor(contactId).Select(ToDto).ToList() };

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
