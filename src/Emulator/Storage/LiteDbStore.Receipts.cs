using BackInStock.Emulator.Receipts;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private readonly ILiteCollection<ReceiptDocument> _receipts;

    public void UpsertReceipt(Receipt receipt) =>
        _receipts.Upsert(new ReceiptDocument { Id = receipt.UniqueReceiptId, ContactId = receipt.ContactId, Json = Payload.Write(receipt) });

    public IReadOnlyList<Receipt> ReceiptsOf(Guid contactId) =>
        _receipts.Find(r => r.ContactId == contactId).Select(r => Payload.Read<Receipt>(r.Json)).ToList();
}
