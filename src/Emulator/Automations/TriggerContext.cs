using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Receipts;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Automations;

/// <summary>Everything a condition may look at for one subscription and one stock-level item.</summary>
public sealed record TriggerContext(
    Subscription Subscription,
    StockLevelItem Item,
    Product Product,
    Contact? Contact,
    Func<IReadOnlyList<Receipt>> Receipts,
    DateTimeOffset Now);
