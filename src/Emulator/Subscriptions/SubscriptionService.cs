using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Subscriptions;

/// <summary>Back-in-stock subscriptions as Engage keeps them: per contact, used once, never dangling.</summary>
public sealed class SubscriptionService(IEmulatorStore store, TimeProvider time)
{
    /// <summary>
    /// Subscribes an existing contact. Subscribing the same (contact, sku, locale, externalId) again
    /// returns the subscription already held: Engage does not document the case, and a retried
    /// request should not queue a second email.
    /// </summary>
    public Subscription Create(NewSubscription request) => store.Write(session => Create(session, request));

    /// <summary>Subscribes inside a transaction the caller holds.</summary>
    internal Subscription Create(IStoreSession session, NewSubscription request)
    {
        IndexedText.Require(("$.sku", request.Sku, IndexedText.Sku), ("$.locale", request.Locale, IndexedText.Locale), ("$.externalId", request.ExternalId, IndexedText.ExternalId));
        if (session.FindContact(request.ContactId) is null)
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact has the id {request.ContactId}.");
        }

        var existing = session.SubscriptionsOf(request.ContactId, request.Sku).FirstOrDefault(s => s.IsSame(request.ContactId, request.Sku, request.Locale, request.ExternalId));
        if (existing is not null)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        var subscription = new Subscription(
            Guid.CreateVersion7(now), request.ContactId, request.Sku, request.Locale, request.ExternalId, now, request.Source);
        session.InsertSubscription(subscription);
        return subscription;
    }

    public void Delete(Guid subscriptionId) => store.Write(session =>
    {
        if (!session.DeleteSubscription(subscriptionId))
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.SubscriptionNotFound, $"No back-in-stock subscription has the id {subscriptionId}.");
        }

        // Stryker disable once Boolean : the store's write wrapper needs a value; callers discard it
        return true;
    });

    /// <summary>The contact's subscriptions, oldest first.</summary>
    public IReadOnlyList<Subscription> ListFor(Guid contactId) => store.Read(session =>
    {
        if (session.FindContact(contactId) is null)
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact has the id {contactId}.");
        }

        return session.SubscriptionsOf(contactId);
    });

    /// <summary>Subscriptions of every contact with the contact's email, for the dashboard (emulator-only).</summary>
    public IReadOnlyList<(Subscription Subscription, string? Email)> Overview(int limit) => Overview(0, limit).Items;

    /// <summary>A page of every contact's subscriptions, oldest first, each with its contact's email.</summary>
    public Page<(Subscription Subscription, string? Email)> Overview(int offset, int limit) => store.Read(session =>
        session.AllSubscriptions(offset, limit).Select(s => (s, session.FindContact(s.ContactId)?.Email)));
}
