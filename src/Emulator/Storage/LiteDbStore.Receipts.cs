using BackInStock.Emulator.Receipts;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private readonly ILiteCollection<ReceiptDocument> _receipts;

    public Receipt? FindReceipt(string uniqueReceiptId) =>
        _receipts.FindById(uniqueReceiptId) is { } stored ? Payload.Read<Receipt>(stored.Json) : null;

    public void InsertReceipt(Receipt receipt) =>
        _receipts.Insert(new ReceiptDocument { Id = receipt.UniqueReceiptId, ContactId = receipt.ContactId, Json = Payload.Write(receipt) });

    public IReadOnlyList<Receipt> ReceiptsOf(Guid contactId) =>
        _receipts.Find(r => r.ContactId == contactId).Select(r => Payload.Read<Receipt>(r.Json)).ToList();
}
