using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Receipts;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Storage;

/// <summary>The reads and writes the emulator's rules are made of, inside one store transaction.</summary>
public interface IStoreSession
{
    Contact? FindContact(Guid id);

    /// <summary>Finds a contact by email address, ignoring case.</summary>
    Contact? FindContactByEmail(string email);

    /// <summary>
    /// The contacts holding a key, oldest first: an email address compared as <see cref="EmailAddress.Key"/>, a
    /// normalized mobile phone, an external id exactly, a social security number's <see cref="SocialSecurityNumber.Key"/>.
    /// </summary>
    IReadOnlyList<Contact> FindContacts(ContactKey key, string value);

    /// <summary>Whether the tenant holds any contact at all (without one it holds no subscriptions or receipts either).</summary>
    bool HasContacts();

    /// <summary>How many contacts are approved.</summary>
    int CountApprovedContacts();

    void InsertContact(Contact contact);

    /// <summary>Replaces a stored contact (found by its id) with its changed version.</summary>
    void UpdateContact(Contact contact);

    /// <summary>A contact's subscriptions, oldest first.</summary>
    IReadOnlyList<Subscription> SubscriptionsOf(Guid contactId);

    /// <summary>A contact's subscriptions to one SKU (the duplicate check; cheap however many the contact has).</summary>
    IReadOnlyList<Subscription> SubscriptionsOf(Guid contactId, string sku);

    /// <summary>A page of the subscriptions of every contact, oldest first.</summary>
    Page<Subscription> AllSubscriptions(int offset, int limit);

    /// <summary>Every subscription to a SKU (compared exactly), oldest first.</summary>
    IReadOnlyList<Subscription> SubscriptionsForSku(string sku);

    void InsertSubscription(Subscription subscription);

    /// <summary>Inserts many contacts and subscriptions at once (seeding and benchmarks); ids must be new.</summary>
    void InsertMany(IEnumerable<Contact> contacts, IEnumerable<Subscription> subscriptions);

    bool DeleteSubscription(Guid id);

    /// <summary>Whether a subscription has this id.</summary>
    bool SubscriptionExists(Guid id);

    /// <summary>
    /// Stores what one chunk of an import loaded, all at once: new contacts, subscriptions and receipts (their
    /// ids and uniqueReceiptIds must be new) and stock levels as the current level of their key (a later one
    /// of a key replaces an earlier). Listeners are told to fetch everything again, as after a bulk load.
    /// </summary>
    void InsertImported(IReadOnlyList<Contact> contacts, IReadOnlyList<Subscription> subscriptions, IReadOnlyList<StockLevel> stockLevels, IReadOnlyList<Receipt> receipts);

    IReadOnlyList<Feed> Feeds();

    /// <summary>The feed of a locale, compared case-insensitively.</summary>
    Feed? FindFeed(string locale);

    /// <summary>Replaces the locale's feed and all its products.</summary>
    void ReplaceFeed(Feed feed, IReadOnlyList<Product> products);

    bool DeleteFeed(string locale);

    Product? FindProduct(string locale, string sku);

    IReadOnlyList<Product> ProductsOf(string locale, int skip, int take);

    void UpsertStockLevel(StockLevel level);

    IReadOnlyList<StockLevel> StockLevels(string? sku);

    /// <summary>A page of the current levels (of one SKU, or all), in key order: SKU, then locale and externalId.</summary>
    Page<StockLevel> StockLevels(string? sku, int offset, int limit);

    /// <summary>The level currently stored for one (sku, locale, externalId), locale compared case-insensitively.</summary>
    StockLevel? FindStockLevel(string sku, string? locale, string? externalId);

    /// <summary>Stores an accepted batch, giving it the next place in acceptance order; returns it with that sequence.</summary>
    StockBatch InsertBatch(StockBatch batch);

    /// <summary>Accepted batches not yet processed, oldest first.</summary>
    IReadOnlyList<StockBatch> PendingBatches();

    StockBatch? FindBatch(Guid id);

    /// <summary>Stores a pending batch's progress; false when it is no longer pending.</summary>
    bool UpdateBatch(StockBatch batch);

    /// <summary>Removes a pending batch; false when it is no longer pending (another writer took it).</summary>
    bool DeleteBatch(Guid id);

    /// <summary>The configured automations, or null when none were ever stored.</summary>
    IReadOnlyList<Automation>? Automations();

    void ReplaceAutomations(IReadOnlyList<Automation> automations);

    /// <summary>Stores emails together (a stock batch's), in their order.</summary>
    void InsertEmails(IReadOnlyList<Email> emails);

    Email? FindEmail(Guid id);

    IReadOnlyList<Email> Emails(EmailQuery query);

    /// <summary>How many emails match the query, ignoring its offset and limit.</summary>
    int CountEmails(EmailQuery query);

    /// <summary>Deletes one email; false when the outbox holds no email with that id.</summary>
    bool DeleteEmail(Guid id);

    /// <summary>Empties the outbox; returns how many emails went.</summary>
    int DeleteEmails();

    /// <summary>Deletes the oldest emails beyond <paramref name="keep"/>; returns how many went.</summary>
    int PruneEmails(int keep);

    void InsertLogEntry(LogEntry entry);

    IReadOnlyList<LogEntry> LogEntries(LogQuery query);

    /// <summary>How many entries match the query, ignoring its offset and limit.</summary>
    int CountLogEntries(LogQuery query);

    int PruneLog(int keep);

    /// <summary>The receipt with this uniqueReceiptId, whichever contact it belongs to, or null.</summary>
    Receipt? FindReceipt(string uniqueReceiptId);

    /// <summary>Stores a receipt whose uniqueReceiptId is new.</summary>
    void InsertReceipt(Receipt receipt);

    IReadOnlyList<Receipt> ReceiptsOf(Guid contactId);

    /// <summary>Empties every collection.</summary>
    void Clear();
}
