namespace BackInStock.Emulator.Receipts;

/// <summary>A purchase or return receipt, reduced to what the purchase condition reads.</summary>
public sealed record Receipt(string UniqueReceiptId, Guid ContactId, DateTimeOffset CreatedDate, IReadOnlyList<ReceiptItem> Items);

/// <summary>A receipt line; <see cref="Type"/> is Engage's PURCHASE or RETURN.</summary>
public sealed record ReceiptItem(string Type, string Sku, int Quantity);
