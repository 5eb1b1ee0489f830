using System.Diagnostics;
using System.Globalization;
using System.Text;
using BackInStock.Client;

namespace BackInStock.Testing;

/// <summary>The outbox: every email the automations sent, newest first, kept instead of delivered.</summary>
public sealed class OutboxControl
{
    private const int PageSize = 1000;
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly OutboxClient _outbox;
    private readonly IntegrationLogClient _log;
    private readonly Uri _baseAddress;

    internal OutboxControl(OutboxClient outbox, IntegrationLogClient log, Uri baseAddress)
    {
        _outbox = outbox;
        _log = log;
        _baseAddress = baseAddress;
    }

    /// <summary>
    /// The newest email to <paramref name="to"/> (compared case-insensitively), as soon as the outbox holds one. After
    /// <paramref name="timeout"/> (default 10 s) a <see cref="TimeoutException"/> says what the outbox holds and what the
    /// latest stock updates did (the integration log: which condition kept each subscription waiting).
    /// </summary>
    public Task<OutboxEmail> WaitForEmailAsync(string to, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        return WaitAsync(email => string.Equals(email.To, to, StringComparison.OrdinalIgnoreCase), $"to {to}", timeout, cancellationToken);
    }

    /// <summary>The newest email that <paramref name="match"/> accepts, as soon as the outbox holds one; otherwise as <see cref="WaitForEmailAsync(string, TimeSpan?, CancellationToken)"/>.</summary>
    public Task<OutboxEmail> WaitForEmailAsync(Func<OutboxEmail, bool> match, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        return WaitAsync(match, "that matches", timeout, cancellationToken);
    }

    /// <summary>Every email in the outbox, newest first.</summary>
    public async Task<IReadOnlyList<OutboxEmail>> ListAsync(CancellationToken cancellationToken = default)
    {
        var emails = new List<OutboxEmail>();
        int? offset = 0;
        while (offset is { } from)
        {
            var page = await _outbox.ListOutboxAsync(contactId: null, sku: null, since: null, until: null, limit: PageSize, offset: from, to: null, locale: null, automation: null, wait: null, cancellationToken).ConfigureAwait(false);
            emails.AddRange(page.Data);
            offset = page.NextOffset;
        }

        return emails;
    }

    private async Task<OutboxEmail> WaitAsync(Func<OutboxEmail, bool> match, string wanted, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var limit = timeout ?? DefaultTimeout;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var emails = await ListAsync(cancellationToken).ConfigureAwait(false);
            if (emails.FirstOrDefault(match) is { } email)
            {
                return email;
            }

            if (waited.Elapsed >= limit)
            {
                throw new TimeoutException(await ExplainAsync(wanted, limit, emails, cancellationToken).ConfigureAwait(false));
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    // "Why did no email go out?" is what the integration log answers; the failure message carries its latest entries.
    private async Task<string> ExplainAsync(string wanted, TimeSpan limit, IReadOnlyList<OutboxEmail> emails, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"No email {wanted} reached the outbox within {limit.TotalSeconds:0.###} s. ");
        text.Append(emails.Count == 0
            ? "The outbox is empty."
            : $"The outbox holds {emails.Count} email(s), to: {string.Join(", ", emails.Select(e => e.To).Distinct().Take(10))}.");
        var log = await _log.ListIntegrationLogAsync(batchId: null, sku: null, since: null, limit: 5, offset: 0, cancellationToken).ConfigureAwait(false);
        if (log.Data.Count == 0)
        {
            text.Append(" No stock-level update has arrived.");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $" The latest stock-level items ({new Uri(_baseAddress, "emulator/integration-log")} has them all):");
        foreach (var entry in log.Data)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {entry.Sku} quantity {entry.Quantity} ({entry.MatchingCase}): {entry.Considered.Count} subscription(s) considered, {entry.SentToTrigger} sent");
            foreach (var kept in entry.Considered.Where(c => c.Outcome != "triggered").Take(3))
            {
                var failed = kept.Conditions.FirstOrDefault(c => !c.Passed);
                text.Append(CultureInfo.InvariantCulture, $"; {kept.Outcome}: {(failed is null ? kept.Error : $"{failed.Condition} ({failed.Detail})")}");
            }

            if (entry.Error is { } error)
            {
                text.Append(CultureInfo.InvariantCulture, $"; failed: {error}");
            }
        }

        return text.ToString();
    }
}
