using BackInStock.Emulator.Automations;
using BackInStock.Emulator.IntegrationLog;
using BackInStock.Emulator.Outbox;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private const string AutomationsSetting = "automations";

    private readonly ILiteCollection<JournalDocument> _emails;
    private readonly ILiteCollection<JournalDocument> _log;
    private readonly ILiteCollection<SettingDocument> _settings;

    public void InsertEmail(Email email) => _emails.Insert(new JournalDocument
    {
        Id = email.Id,
        Ticks = email.SentAt.UtcTicks,
        ContactId = email.ContactId,
        BatchId = email.BatchId,
        Sku = JournalDocument.SkuKey(email.Sku),
        Json = Payload.Write(email),
    });

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

        return rows;
    }

    public int PruneEmails(int keep) => Prune(_emails, keep);

    public void InsertLogEntry(LogEntry entry) => _log.Insert(new JournalDocument
    {
        Id = entry.Id,
        Ticks = entry.At.UtcTicks,
        BatchId = entry.BatchId,
        Sku = JournalDocument.SkuKey(entry.Sku),
        Json = Payload.Write(entry),
    });

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

    public void ReplaceAutomations(IReadOnlyList<Automation> automations) =>
        _settings.Upsert(new SettingDocument { Id = AutomationsSetting, Json = Payload.Write(automations) });
}
