using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Outbox;

/// <summary>The emails the automations sent, newest first, capped by <see cref="EmulatorOptions.OutboxCapacity"/>.</summary>
public sealed class OutboxService(IEmulatorStore store)
{
    public IReadOnlyList<Email> List(EmailQuery query) => store.Read(session => session.Emails(query));

    /// <summary>The page the query's offset and limit select, with how many match in all.</summary>
    public Page<Email> Page(EmailQuery query) => store.Read(session => new Page<Email>(session.Emails(query), query.Offset, session.CountEmails(query)));

    public Email Get(Guid id) =>
        store.Read(session => session.FindEmail(id))
        ?? throw ErrorCatalogue.Exception(ErrorCatalogue.EmailNotFound, $"No email in the outbox has the id {id}; it may have been pruned.");
}
