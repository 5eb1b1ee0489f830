using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.Receipts;

namespace BackInStock.Gateway.Handlers;

/// <summary>Engage's receipts, as far as the purchase condition needs them.</summary>
public sealed class ReceiptsHandlers(TenantContext tenant) : IReceiptsHandlers
{
    void IReceiptsHandlers.CreateReceipt(ReceiptRequest body) => tenant.Emulator.Receipts.Register(
        body.Contact.MatchKey,
        body.Contact.MatchKeyType.ToString(),
        body.UniqueReceiptId,
        body.CreatedDate,
        body.Items.Select(i => new Domain.ReceiptItem(i.Type.ToString(), i.Sku, i.Quantity)).ToList(),
        body.Contact.ContactType);
}
