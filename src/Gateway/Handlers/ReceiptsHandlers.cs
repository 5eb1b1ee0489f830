using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using Domain = BackInStock.Emulator.Receipts;

namespace BackInStock.Gateway.Handlers;

/// <summary>Engage's receipts, as far as the purchase condition needs them.</summary>
public sealed class ReceiptsHandlers(EngageEmulator emulator) : IReceiptsHandlers
{
    void IReceiptsHandlers.CreateReceipt(ReceiptRequest body) => emulator.Receipts.Register(
        body.Contact.MatchKey,
        body.Contact.MatchKeyType.ToString(),
        body.UniqueReceiptId,
        body.CreatedDate,
        body.Items.Select(i => new Domain.ReceiptItem(i.Type.ToString(), i.Sku, i.Quantity)).ToList());
}
