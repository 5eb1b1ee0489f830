using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Receipts;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    public bool SubscriptionExists(Guid id) => _subscriptions.Exists(s => s.Id == id);

    public bool HasContacts() => _contacts.Exists(LiteDB.Query.All());

    // Contacts and subscriptions go through the bulk load's InsertMany, so what makes that faster makes imports faster.
    public void InsertImported(IReadOnlyList<Contact> contacts, IReadOnlyList<Subscription> subscriptions, IReadOnlyList<StockLevel> stockLevels, IReadOnlyList<Receipt> receipts)
    {
        InsertMany(contacts, subscriptions);
        if (stockLevels.Count > 0)
        {
            _stockLevels.Upsert(stockLevels.Select(level => new StockLevelDocument
            {
                Id = StockLevelDocument.KeyOf(level.Sku, level.Locale, level.ExternalId),
                Sku = level.Sku,
                Json = Payload.Write(level),
            }));
        }

        if (receipts.Count > 0)
        {
            _receipts.InsertBulk(receipts.Select(r => new ReceiptDocument { Id = r.UniqueReceiptId, ContactId = r.ContactId, Json = Payload.Write(r) }));
        }
    }
}
