using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Receipts;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Import;

/// <summary>The records of an import that go to the store in one transaction, searchable until they are stored.</summary>
internal sealed class ImportChunk
{
    public List<Contact> Contacts { get; } = [];

    public List<Subscription> Subscriptions { get; } = [];

    public List<StockLevel> StockLevels { get; } = [];

    public List<Receipt> Receipts { get; } = [];

    public Dictionary<Guid, Contact> ContactsById { get; } = [];

    /// <summary>The first subscription of the chunk with each <see cref="SubscriptionKey"/>.</summary>
    public Dictionary<ulong, Subscription> SubscriptionsByKey { get; } = [];

    public int Count => Contacts.Count + Subscriptions.Count + StockLevels.Count + Receipts.Count;

    /// <summary>A subscription of the chunk that is the same as this one, or null.</summary>
    public Subscription? Same(ulong key, Guid contactId, string sku, string locale, string? externalId)
    {
        if (!SubscriptionsByKey.TryGetValue(key, out var first))
        {
            return null;
        }

        // Another subscription of the chunk may share the hash; the same one is then further on.
        return first.IsSame(contactId, sku, locale, externalId) ? first : Subscriptions.Find(s => s.IsSame(contactId, sku, locale, externalId));
    }
}
