using BackInStock.Emulator.Changes;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Subscriptions;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private readonly ILiteCollection<SubscriptionDocument> _subscriptions;

    public IReadOnlyList<Subscription> SubscriptionsOf(Guid contactId) =>
        ReadThrough(_subscriptionReads, contactId, id => Oldest(_subscriptions.Find(s => s.ContactId == id)));

    // The SKU index narrows to a handful of documents; the contact is filtered in memory.
    public IReadOnlyList<Subscription> SubscriptionsOf(Guid contactId, string sku) =>
        Oldest(_subscriptions.Find(s => s.Sku == sku).Where(s => s.ContactId == contactId));

    // Ordered through the creation-time index; ties (a frozen clock) keep the index's fixed order.
    public Page<Subscription> AllSubscriptions(int offset, int limit) => new(
        _subscriptions.Query().OrderBy(s => s.CreatedOnTicks).Skip(offset).Limit(limit).ToList().Select(s => s.ToSubscription()).ToList(),
        offset,
        _subscriptions.Count());

    public IReadOnlyList<Subscription> SubscriptionsForSku(string sku) => Oldest(_subscriptions.Find(s => s.Sku == sku));

    public void InsertSubscription(Subscription subscription)
    {
        _subscriptions.Insert(SubscriptionDocument.From(subscription));
        Record(new Change(Change.SubscriptionCreated, subscription.Id.ToString(), Data(
            ("contactId", subscription.ContactId.ToString()), ("sku", subscription.Sku), ("locale", subscription.Locale), ("externalId", subscription.ExternalId))));
    }

    public bool DeleteSubscription(Guid id)
    {
        if (!_subscriptions.Delete(id))
        {
            return false;
        }

        Record(new Change(Change.SubscriptionDeleted, id.ToString()));
        return true;
    }

    // A bulk load is too many changes to tell one by one: listeners are told to fetch everything again.
    public void InsertMany(IEnumerable<Contact> contacts, IEnumerable<Subscription> subscriptions)
    {
        _contacts.InsertBulk(contacts.Select(ContactDocument.From));
        _subscriptions.InsertBulk(subscriptions.Select(SubscriptionDocument.From));
        Record(Change.Resync);
    }

    private static List<Subscription> Oldest(IEnumerable<SubscriptionDocument> documents) =>
        documents.OrderBy(s => s.CreatedOnTicks).ThenBy(s => s.Id).Select(s => s.ToSubscription()).ToList();
}
