using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Receipts;

/// <summary>Purchase and return receipts, kept for the purchase condition ("has not purchased in the last N days").</summary>
public sealed class ReceiptService(IEmulatorStore store)
{
    /// <summary>
    /// Stores a receipt for the contact found by id or email; an unknown contact is ContactNotFound. A
    /// uniqueReceiptId already stored is Engage's duplicate: ignored, so the receipt first stored is
    /// returned unchanged, whatever the new one holds ("Receipts - field definitions").
    /// </summary>
    public Receipt Register(string matchKey, string matchKeyType, string uniqueReceiptId, DateTimeOffset createdDate, IReadOnlyList<ReceiptItem> items) =>
        store.Write(session =>
        {
            IndexedText.Require(("$.uniqueReceiptId", uniqueReceiptId, IndexedText.ReceiptId));
            var contact = matchKeyType.ToLowerInvariant() switch
            {
                "contactid" when Guid.TryParse(matchKey, out var id) => session.FindContact(id),
                "email" => session.FindContactByEmail(matchKey),
                _ => null,
            } ?? throw ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact matches {matchKeyType} '{matchKey}'.");
            if (session.FindReceipt(uniqueReceiptId) is { } duplicate)
            {
                return duplicate;
            }

            var receipt = new Receipt(uniqueReceiptId, contact.Id, createdDate, items);
            session.InsertReceipt(receipt);
            return receipt;
        });

    /// <summary>The contact's receipts, as the purchase condition reads them.</summary>
    public IReadOnlyList<Receipt> Of(Guid contactId) => store.Read(session => session.ReceiptsOf(contactId));
}
