using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Subscriptions;
using LiteDB;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// The LiteDB implementation: one <see cref="LiteDatabase"/> per data file for the whole process,
/// writes serialized under one lock so each runs as a single transaction.
/// </summary>
public sealed class LiteDbStore : IEmulatorStore, IStoreSession
{
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<ContactDocument> _contacts;
    private readonly ILiteCollection<SubscriptionDocument> _subscriptions;
    private readonly Lock _writeLock = new();

    private LiteDbStore(LiteDatabase database, string kind)
    {
        _database = database;
        Kind = kind;
        _contacts = database.GetCollection<ContactDocument>("contacts");
        _contacts.EnsureIndex(c => c.EmailKey);
        _subscriptions = database.GetCollection<SubscriptionDocument>("subscriptions");
        _subscriptions.EnsureIndex(s => s.ContactId);
        _subscriptions.EnsureIndex(s => s.Sku);
    }

    public string Kind { get; }

    public static LiteDbStore Open(StoreOptions options)
    {
        if (options.InMemory)
        {
            return new LiteDbStore(new LiteDatabase(new MemoryStream(), Mapper()), "memory");
        }

        var path = System.IO.Path.GetFullPath(options.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var connection = new ConnectionString { Filename = path, Connection = ConnectionType.Direct };
        return new LiteDbStore(new LiteDatabase(connection, Mapper()), "file");
    }

    public T Write<T>(Func<IStoreSession, T> work)
    {
        lock (_writeLock)
        {
            _database.BeginTrans();
            try
            {
                var result = work(this);
                _database.Commit();
                return result;
            }
            catch
            {
                _database.Rollback();
                throw;
            }
        }
    }

    public T Read<T>(Func<IStoreSession, T> work) => work(this);

    public Contact? FindContact(Guid id) => _contacts.FindById(id)?.ToContact();

    public Contact? FindContactByEmail(string email)
    {
        var key = ContactDocument.KeyOf(email);
        return _contacts.FindOne(c => c.EmailKey == key)?.ToContact();
    }

    public void InsertContact(Contact contact) => _contacts.Insert(ContactDocument.From(contact));

    public IReadOnlyList<Subscription> SubscriptionsOf(Guid contactId) =>
        _subscriptions.Find(s => s.ContactId == contactId)
            .OrderBy(s => s.CreatedOnTicks)
            .ThenBy(s => s.Id)
            .Select(s => s.ToSubscription())
            .ToList();

    public void InsertSubscription(Subscription subscription) => _subscriptions.Insert(SubscriptionDocument.From(subscription));

    public bool DeleteSubscription(Guid id) => _subscriptions.Delete(id);

    public void Dispose() => _database.Dispose();

    private static BsonMapper Mapper()
    {
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        mapper.Entity<ContactDocument>().Id(c => c.Id, autoId: false);
        mapper.Entity<SubscriptionDocument>().Id(s => s.Id, autoId: false);
        return mapper;
    }
}
