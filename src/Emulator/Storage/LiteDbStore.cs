using System.Globalization;
using BackInStock.Emulator.Changes;
using BackInStock.Emulator.Errors;
using LiteDB;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// The LiteDB implementation: one <see cref="LiteDatabase"/> per data file for the whole process,
/// writes serialized under one lock so each runs as a single transaction.
/// </summary>
public sealed partial class LiteDbStore : IEmulatorStore, IStoreSession
{
    private readonly LiteDatabase _database;
    private readonly GroupCommit _writes;
    private readonly DataFileLock? _lock;
    private readonly LogFileFlush? _flush;

    private LiteDbStore(LiteDatabase database, string kind, DataFileLock? fileLock = null)
    {
        _database = database;
        _lock = fileLock;
        _flush = fileLock is null ? null : new LogFileFlush(fileLock.Path);
        Kind = kind;
        _writes = new GroupCommit(database.BeginTrans, Commit, () => database.Rollback());
        _contacts = database.GetCollection<ContactDocument>("contacts");
        _contacts.EnsureIndex(c => c.EmailKey);
        _contacts.EnsureIndex(c => c.MobilePhone);
        _contacts.EnsureIndex(c => c.ExternalId);
        _contacts.EnsureIndex(c => c.SocialSecurityNumberKey);
        _subscriptions = database.GetCollection<SubscriptionDocument>("subscriptions");
        _subscriptions.EnsureIndex(s => s.ContactId);
        _subscriptions.EnsureIndex(s => s.Sku);
        _subscriptions.EnsureIndex(s => s.CreatedOnTicks);
        _feeds = database.GetCollection<FeedDocument>("feeds");
        _products = database.GetCollection<ProductDocument>("products");
        _products.EnsureIndex(p => p.LocaleKey);
        _stockLevels = database.GetCollection<StockLevelDocument>("stock_levels");
        _stockLevels.EnsureIndex(s => s.Sku);
        _batches = Journal(database, "pending_batches");
        _emails = Journal(database, "outbox");
        _outbox = database.GetCollection("outbox");
        _emails.EnsureIndex(e => e.ContactId);
        _emails.EnsureIndex(e => e.Sku);
        _emails.EnsureIndex(e => e.To);
        _log = Journal(database, "integration_log");
        _log.EnsureIndex(e => e.BatchId);
        _log.EnsureIndex(e => e.Sku);
        _receipts = database.GetCollection<ReceiptDocument>("receipts");
        _receipts.EnsureIndex(r => r.ContactId);
        _settings = database.GetCollection<SettingDocument>("settings");
        RekeyContacts();
        KeyEmails();
    }

    public string Kind { get; }

    /// <summary>
    /// LiteDB compares text ignoring case unless told otherwise, which made SKU-A and sku-a one SKU. The store
    /// compares exactly; keys meant to ignore case (locales, email addresses) are folded before they are stored.
    /// </summary>
    private static readonly Collation Exact = new(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal);

    public string? Fault => _lock is null || _lock.StillAtPath()
        ? null
        : $"The data file '{_lock.Path}' was deleted, moved or replaced while the emulator ran, so nothing written now would be there at the next start; writes are refused. Restart the emulator to go on: it starts on whatever file is at '{_lock.Path}' then, or on a new, empty store.";

    public static LiteDbStore Open(StoreOptions options)
    {
        if (options.InMemory)
        {
            var engine = new LiteDB.Engine.LiteEngine(new LiteDB.Engine.EngineSettings { DataStream = new MemoryStream(), Collation = Exact });
            return new LiteDbStore(new LiteDatabase(engine, Mapper()), "memory");
        }

        var path = DataFilePath.Prepare(options.Path);
        var connection = new ConnectionString { Filename = path, Connection = ConnectionType.Direct };
        var fileLock = DataFileLock.Acquire(path);
        LiteDatabase? database = null;
        try
        {
            DataFileCheck.Verify(path);
            if (new FileInfo(path) is not { Exists: true, Length: > 0 })
            {
                connection.Collation = Exact;
            }

            database = new LiteDatabase(connection, Mapper());
            if (database.Collation.SortOptions != CompareOptions.Ordinal)
            {
                // A data file made before the store compared exactly, rebuilt once. LiteDB writes the rebuilt
                // database as a new file at the path, so the lock moves to it.
                database.Rebuild(new LiteDB.Engine.RebuildOptions { Collation = Exact });
                database.Dispose();
                var rebuilt = DataFileLock.Acquire(path);
                fileLock.Dispose();
                fileLock = rebuilt;
                database = new LiteDatabase(connection, Mapper());
            }

            // LiteDB reads lazily: touch every collection now so a damaged file fails here, naming itself.
            foreach (var name in database.GetCollectionNames())
            {
                database.GetCollection(name).Count();
            }

            return new LiteDbStore(database, "file", fileLock);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            database?.Dispose();
            fileLock.Dispose();
            throw failure as StoreOpenException ?? StoreOpenException.Damaged(path, failure);
        }
    }

    public T Write<T>(Func<IStoreSession, T> work)
    {
        (T Result, List<Change> Changes) done;
        try
        {
            done = _writes.Run<(T, List<Change>)>(() => Writing(() => Recording(() => work(this))));

            // Checked after the commit: a write committed to a file no longer at its path is lost at the next
            // start, so it is not acknowledged. One readlink, a few microseconds beside a commit's disk flush.
            RefuseIfGone();
        }
        finally
        {
            Committed();
        }

        // After the generation moved on, so a listener that reads at once is never served a cached read from before.
        Publish(done.Changes);
        return done.Result;
    }

    public T Read<T>(Func<IStoreSession, T> work) => work(this);

    public void Announce(string servedAt) => _lock?.Announce(servedAt);

    public void Clear()
    {
        foreach (var name in _database.GetCollectionNames().ToList())
        {
            _database.GetCollection(name).DeleteAll();
        }

        Record(new Change(Change.TenantReset));
    }

    public void Dispose()
    {
        _database.Dispose();
        _flush?.Dispose();
        _lock?.Dispose();
    }

    private void Commit()
    {
        _database.Commit();
        _flush?.Flush();
    }

    private void RefuseIfGone()
    {
        if (Fault is { } fault)
        {
            throw new EmulatorException(ErrorCatalogue.DataFileMissing, fault);
        }
    }

    private static ILiteCollection<JournalDocument> Journal(LiteDatabase database, string name)
    {
        var collection = database.GetCollection<JournalDocument>(name);
        collection.EnsureIndex(j => j.Ticks);
        return collection;
    }

    private static int Prune(ILiteCollection<JournalDocument> journal, int keep, Action<Guid>? deleted = null)
    {
        var excess = journal.Count() - keep;
        if (excess <= 0)
        {
            return 0;
        }

        var oldest = journal.Query().OrderBy(j => j.Ticks).Limit(excess).ToList();
        return oldest.Count(j =>
        {
            if (!journal.Delete(j.Id))
            {
                return false;
            }

            deleted?.Invoke(j.Id);
            return true;
        });
    }

    private static BsonMapper Mapper()
    {
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        mapper.Entity<ContactDocument>().Id(c => c.Id, autoId: false);
        mapper.Entity<SubscriptionDocument>().Id(s => s.Id, autoId: false);
        mapper.Entity<JournalDocument>().Id(j => j.Id, autoId: false);
        return mapper;
    }
}
