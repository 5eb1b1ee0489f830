using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Receipts;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private readonly ILiteCollection<ContactDocument> _contacts;
    private readonly ILiteCollection<ReceiptDocument> _receipts;

    public Contact? FindContact(Guid id) => ReadThrough(_contactReads, id, key => _contacts.FindById(key)?.ToContact());

    public Contact? FindContactByEmail(string email)
    {
        var key = ContactDocument.KeyOf(email);
        return _contacts.FindOne(c => c.EmailKey == key)?.ToContact();
    }

    public void InsertContact(Contact contact) => _contacts.Insert(ContactDocument.From(contact));

    public void UpsertReceipt(Receipt receipt) =>
        _receipts.Upsert(new ReceiptDocument { Id = receipt.UniqueReceiptId, ContactId = receipt.ContactId, Json = Payload.Write(receipt) });

    public IReadOnlyList<Receipt> ReceiptsOf(Guid contactId) =>
        _receipts.Find(r => r.ContactId == contactId).Select(r => Payload.Read<Receipt>(r.Json)).ToList();
}
