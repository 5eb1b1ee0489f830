using BackInStock.Emulator.Errors;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Tenancy;

namespace BackInStock.Emulator.Centra;

/// <summary>
/// The Centra side of Voyado's partner page: stock-change events per Centra store, integrations that
/// poll them, and the relay that turns each event into a stock-level item (quantity = Free-To-Allocate,
/// externalId = Market ID, no locale) for the integration's tenant. Events are marked processed per
/// integration name, which reproduces the page's multi-brand pitfall. Centra's side is kept in memory,
/// bounded: beyond <paramref name="capacity"/> events the oldest are forgotten (with their processed
/// marks), as the outbox and the log prune theirs.
/// </summary>
public sealed class CentraRelay(TenantDirectory tenants, TimeProvider time, int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<StockChange> _events = new();
    private readonly Dictionary<string, SortedSet<long>> _processedByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lastProcessedByName = new(StringComparer.Ordinal);
    private readonly Dictionary<CentraIntegration, int> _relayedByIntegration = [];
    private List<CentraIntegration> _integrations = [];
    private long _nextId = 1;

    public IReadOnlyList<CentraIntegration> Integrations
    {
        get
        {
            lock (_gate)
            {
                return _integrations.ToList();
            }
        }
    }

    /// <summary>Replaces the integrations; each must name a configured tenant.</summary>
    public void Configure(IReadOnlyList<CentraIntegration> integrations)
    {
        foreach (var integration in integrations)
        {
            if (tenants.All.All(t => !string.Equals(t.Id, integration.Tenant, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The integration '{integration.Name}' names the tenant '{integration.Tenant}', which is not configured.", nameof(integrations));
            }
        }

        lock (_gate)
        {
            _integrations = integrations.ToList();
        }
    }

    /// <summary>Records stock changes as Centra events, then lets every integration poll, in configuration order.</summary>
    public (IReadOnlyList<StockChange> Events, IReadOnlyList<RelayDelivery> Deliveries) Post(IEnumerable<(string Store, string Sku, int FreeToAllocate, string MarketId)> changes)
    {
        // Checked before any is recorded: an event every integration then fails to relay would stay pending for good.
        var posted = changes.ToList();
        IndexedText.RequireEach(posted, ("sku", c => c.Sku, IndexedText.Sku), ("marketId", c => c.MarketId, IndexedText.ExternalId));

        List<StockChange> added;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            added = posted.Select(c => new StockChange(_nextId++, c.Store, c.Sku, c.FreeToAllocate, c.MarketId, now)).ToList();
            foreach (var change in added)
            {
                _events.AddLast(change);
            }
        }

        var deliveries = PollAll();
        lock (_gate)
        {
            Prune();
        }

        return (added, deliveries);
    }

    /// <summary>Forgets every event and what each integration relayed; the integrations stay configured.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _events.Clear();
            // Stryker disable once Statement : event ids are never reused after a clear, so stale processed marks can match nothing
            _processedByName.Clear();
            _lastProcessedByName.Clear();
            _relayedByIntegration.Clear();
        }
    }

    /// <summary>One polling round: each integration takes the events not yet processed under its name.</summary>
    public IReadOnlyList<RelayDelivery> PollAll()
    {
        var deliveries = new List<RelayDelivery>();
        foreach (var integration in Integrations)
        {
            var taken = Take(integration);
            if (taken.Count == 0)
            {
                deliveries.Add(new RelayDelivery(integration.Name, integration.Tenant, [], null));
                continue;
            }

            // Stryker disable once Linq : Configure has already checked that the tenant exists, so Single and SingleOrDefault find the same one
            var tenant = tenants.All.Single(t => string.Equals(t.Id, integration.Tenant, StringComparison.OrdinalIgnoreCase));
            var items = taken.Select(e => new StockLevelItem(e.Sku, e.FreeToAllocate, null, e.MarketId)).ToList();
            try
            {
                var batchId = tenant.Emulator.StockLevels.Update(items, WarningsOf(integration));
                deliveries.Add(new RelayDelivery(integration.Name, integration.Tenant, taken.Select(e => e.Id).ToList(), batchId));
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                // One tenant that cannot write (its data file is gone, its disk fails) must not hold up the others, nor lose its events.
                Untake(integration, taken);
                deliveries.Add(new RelayDelivery(integration.Name, integration.Tenant, [], null, failure.Message));
            }
        }

        return deliveries;
    }

    public IReadOnlyList<IntegrationCursor> Cursors()
    {
        lock (_gate)
        {
            return _integrations.Select(integration =>
            {
                var processed = _processedByName.GetValueOrDefault(integration.Name) ?? [];
                var visible = _events.Where(e => Covers(integration, e)).ToList();
                return new IntegrationCursor(
                    integration,
                    _relayedByIntegration.GetValueOrDefault(integration),
                    visible.Count(e => !processed.Contains(e.Id)),
                    _lastProcessedByName.TryGetValue(integration.Name, out var last) ? last : null,
                    WarningsOf(integration));
            }).ToList();
        }
    }

    private List<StockChange> Take(CentraIntegration integration)
    {
        lock (_gate)
        {
            if (!_processedByName.TryGetValue(integration.Name, out var processed))
            {
                processed = [];
                _processedByName[integration.Name] = processed;
            }

            var taken = _events.Where(e => Covers(integration, e) && !processed.Contains(e.Id)).ToList();
            processed.UnionWith(taken.Select(e => e.Id));
            if (taken.Count > 0)
            {
                _lastProcessedByName[integration.Name] = Math.Max(_lastProcessedByName.GetValueOrDefault(integration.Name), taken[^1].Id);
            }

            _relayedByIntegration[integration] = _relayedByIntegration.GetValueOrDefault(integration) + taken.Count;
            return taken;
        }
    }

    private void Untake(CentraIntegration integration, List<StockChange> taken)
    {
        lock (_gate)
        {
            if (_processedByName.TryGetValue(integration.Name, out var processed))
            {
                processed.ExceptWith(taken.Select(e => e.Id));
                if (processed.Count == 0)
                {
                    _lastProcessedByName.Remove(integration.Name);
                }
                else
                {
                    _lastProcessedByName[integration.Name] = processed.Max;
                }
            }

            _relayedByIntegration[integration] = _relayedByIntegration.GetValueOrDefault(integration) - taken.Count;
        }
    }

    // Under the gate. An event posted beyond the capacity pushes out the oldest, processed or not: a
    // Centra that keeps only recent changes, so an integration added later does not replay all history.
    private void Prune()
    {
        var removed = false;
        while (_events.Count > Math.Max(capacity, 0))
        {
            _events.RemoveFirst();
            removed = true;
        }

        if (removed)
        {
            var oldestKept = _events.First?.Value.Id ?? _nextId;
            foreach (var processed in _processedByName.Values)
            {
                processed.RemoveWhere(id => id < oldestKept);
            }
        }
    }

    private List<string> WarningsOf(CentraIntegration integration)
    {
        var sharing = Integrations.Where(other => other != integration && string.Equals(other.Name, integration.Name, StringComparison.Ordinal)).ToList();
        return sharing.Count == 0
            ? []
            : [$"The Centra integration name '{integration.Name}' is shared with the integration for tenant {string.Join(", ", sharing.Select(s => s.Tenant))}: Centra marks events processed per integration name, so one of them misses stock changes. Give each brand its own token and integration name."];
    }

    private static bool Covers(CentraIntegration integration, StockChange change) =>
        integration.Stores.Count == 0 || integration.Stores.Contains(change.CentraStore, StringComparer.Ordinal);
}
