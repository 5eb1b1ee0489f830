using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Changes;
using BackInStock.Emulator.Subscriptions;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Outbox;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private const string AutomationsSetting = "automations";

    private readonly ILiteCollection<JournalDocument> _emails;

    // The outbox as documents already mapped, for bulk inserts mapped outside LiteDB's single thread.
    private readonly ILiteCollection<BsonDocument> _outbox;
    private readonly ILiteCollection<JournalDocument> _log;
    private readonly ILiteCollection<SettingDocument> _settings;

    public void InsertEmails(IReadOnlyList<Email> emails)
    {
        // Serializing an email costs about as much as inserting it, and needs no store: the cores share it.
        var documents = emails.Count < 64
            ? emails.Select(Bson).ToList()
            : emails.AsParallel().AsOrdered().Select(Bson).ToList();
        _outbox.InsertBulk(documents);
        foreach (var email in emails)
        {
            Record(new Change(Change.EmailCreated, email.Id.ToString(), Data(
                ("to", email.To), ("sku", email.Sku), ("locale", email.Locale), ("automationId", email.AutomationId))));
        }
    }

    public bool DeleteEmail(Guid id)
    {
        if (!_emails.Delete(id))
        {
            return false;
        }

        Record(new Change(Change.EmailDeleted, id.ToString()));
        return true;
    }

    public int DeleteEmails()
    {
        var deleted = _emails.DeleteAll();
        Record(new Change(Change.OutboxCleared));
        return deleted;
    }

    public Email? FindEmail(Guid id)
    {
        var document = _emails.FindById(id);
        return document is null ? null : Payload.Read<Email>(document.Json);
    }

    public IReadOnlyList<Email> Emails(EmailQuery query) =>
        Matching(query).OrderByDescending(e => e.Ticks).Skip(query.Offset).Limit(query.Limit).ToList().Select(e => Payload.Read<Email>(e.Json)).ToList();

    public int CountEmails(EmailQuery query) => Matching(query).Count();

    private ILiteQueryable<JournalDocument> Matching(EmailQuery query)
    {
        var since = query.Since?.UtcTicks ?? long.MinValue;
        var until = query.Until?.UtcTicks ?? long.MaxValue;
        var rows = _emails.Query().Where(e => e.Ticks >= since && e.Ticks <= until);
        if (query.ContactId is { } contactId)
        {
            rows = rows.Where(e => e.ContactId == contactId);
        }

        if (query.Sku is { } sku)
        {
            var key = JournalDocument.SkuKey(sku);
            rows = rows.Where(e => e.Sku == key);
        }

        if (query.To is { } to)
        {
            var key = ContactDocument.KeyOf(to);
            rows = rows.Where(e => e.To == key);
        }

        if (query.Locale is { } locale)
        {
            var key = Locales.Key(locale);
            rows = rows.Where(e => e.Locale == key);
        }

        if (query.AutomationId is { } automationId)
        {
            rows = rows.Where(e => e.AutomationId == automationId);
        }

        return rows;
    }

    public int PruneEmails(int keep) => Prune(_emails, keep, id => Record(new Change(Change.EmailDeleted, id.ToString())));

    public void InsertLogEntry(LogEntry entry)
    {
        _log.Insert(new JournalDocument
        {
            Id = entry.Id,
            Ticks = entry.At.UtcTicks,
            BatchId = entry.BatchId,
            Sku = JournalDocument.SkuKey(entry.Sku),
            Json = Payload.Write(entry),
        });
        Record(new Change(Change.LogEntryCreated, entry.Id.ToString(), Data(
            ("batchId", entry.BatchId.ToString()), ("sku", entry.Sku), ("locale", entry.Locale), ("externalId", entry.ExternalId))));
    }

    public IReadOnlyList<LogEntry> LogEntries(LogQuery query) =>
        Matching(query).OrderByDescending(e => e.Ticks).Skip(query.Offset).Limit(query.Limit).ToList().Select(e => Payload.Read<LogEntry>(e.Json)).ToList();

    public int CountLogEntries(LogQuery query) => Matching(query).Count();

    private ILiteQueryable<JournalDocument> Matching(LogQuery query)
    {
        var since = query.Since?.UtcTicks ?? long.MinValue;
        var rows = _log.Query().Where(e => e.Ticks >= since);
        if (query.BatchId is { } batchId)
        {
            rows = rows.Where(e => e.BatchId == batchId);
        }

        if (query.Sku is { } sku)
        {
            var key = JournalDocument.SkuKey(sku);
            rows = rows.Where(e => e.Sku == key);
        }

        return rows;
    }

    public int PruneLog(int keep) => Prune(_log, keep);

    public IReadOnlyList<Automation>? Automations()
    {
        var document = _settings.FindById(AutomationsSetting);
        return document is null ? null : Payload.Read<List<Automation>>(document.Json);
    }

    public void ReplaceAutomations(IReadOnlyList<Automation> automations)
    {
        _settings.Upsert(new SettingDocument { Id = AutomationsSetting, Json = Payload.Write(automations) });
        Record(new Change(Change.AutomationsReplaced));
    }

    private BsonDocument Bson(Email email) => _database.Mapper.ToDocument(EmailDocument(email));

    private static JournalDocument EmailDocument(Email email) => new()
    {
        Id = email.Id,
        Ticks = email.SentAt.UtcTicks,
        ContactId = email.ContactId,
        BatchId = email.BatchId,
        Sku = JournalDocument.SkuKey(email.Sku),
        To = ContactDocument.KeyOf(email.To),
        Locale = Locales.Key(email.Locale),
        AutomationId = email.AutomationId,
        Json = Payload.Write(email),
    };

    /// <summary>Emails stored before the recipient, locale and automation were kept beside them get them once, so every filter sees them.</summary>
    private void KeyEmails()
    {
        foreach (var document in _emails.Find(e => e.To == null).ToList())
        {
            _emails.Update(EmailDocument(Payload.Read<Email>(document.Json)));
        }
    }
}
