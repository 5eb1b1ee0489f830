using BackInStock.Emulator.Changes;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Outbox;

/// <summary>The emails the automations sent, newest first, capped by <see cref="EmulatorOptions.OutboxCapacity"/>.</summary>
/// <param name="time">Real time, for how long a wait lasts: the tenant's clock may be frozen.</param>
public sealed class OutboxService(IEmulatorStore store, ChangeFeed changes, TimeProvider time)
{
    /// <summary>The longest a caller may wait for an email: long enough for any test, short enough for proxies and client timeouts.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public IReadOnlyList<Email> List(EmailQuery query) => store.Read(session => session.Emails(query));

    /// <summary>The page the query's offset and limit select, with how many match in all.</summary>
    public Page<Email> Page(EmailQuery query) => store.Read(session => new Page<Email>(session.Emails(query), query.Offset, session.CountEmails(query)));

    /// <summary>
    /// The query's page as soon as an email matches it: at once when one already does, otherwise when a
    /// write that adds one is committed, or empty once <paramref name="wait"/> (at most <see cref="MaxWait"/>) has passed.
    /// It listens before it looks, so an email committed between the look and the wait is not missed.
    /// </summary>
    public async Task<Page<Email>> WaitAsync(EmailQuery query, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wait, MaxWait);
        using var listener = changes.Listen();
        var page = Page(query);
        using var deadline = new CancellationTokenSource(wait, time);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        while (page.Total == 0 && await NextAsync(listener, deadline, waiting.Token).ConfigureAwait(false) is { } change)
        {
            if (change.Type is Change.EmailCreated or Change.ResyncType or Change.TenantReset)
            {
                page = Page(query);
            }
        }

        return page;
    }

    /// <summary>The next change, or null once the wait's own time is over; the caller's cancellation is thrown.</summary>
    private static async Task<Change?> NextAsync(ChangeListener listener, CancellationTokenSource deadline, CancellationToken waiting)
    {
        try
        {
            return await listener.ReadAsync(waiting).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return null;
        }
    }

    public Email Get(Guid id) =>
        store.Read(session => session.FindEmail(id))
        ?? throw NotFound(id);

    /// <exception cref="EmulatorException">EmailNotFound: the outbox holds no email with that id.</exception>
    public void Delete(Guid id)
    {
        if (!store.Write(session => session.DeleteEmail(id)))
        {
            throw NotFound(id);
        }
    }

    /// <summary>Empties the outbox; returns how many emails went.</summary>
    public int Clear() => store.Write(session => session.DeleteEmails());

    private static EmulatorException NotFound(Guid id) =>
        ErrorCatalogue.Exception(ErrorCatalogue.EmailNotFound, $"No email in the outbox has the id {id}; it may have been pruned or deleted.");
}
