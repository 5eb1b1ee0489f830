namespace BackInStock.Emulator.Lookups;

/// <summary>
/// The tenant's stores and consent definitions: what a client reads before it creates a contact, and what
/// a contact's <c>storeExternalId</c> and <c>consents[].id</c> are checked against. Configured per tenant;
/// a tenant that configures neither gets the demo ones, so a fresh emulator answers like a set-up tenant.
/// </summary>
public sealed class TenantLookups
{
    private readonly Dictionary<string, EngageStore> _stores;
    private readonly Dictionary<string, ConsentDefinition> _consents;

    /// <param name="stores">The tenant's stores; null for the demo ones (an empty list is a tenant with none).</param>
    /// <param name="consents">The tenant's consents; null for the demo ones.</param>
    public TenantLookups(IReadOnlyList<EngageStore>? stores, IReadOnlyList<ConsentDefinition>? consents)
    {
        Stores = stores ?? DemoLookups.Stores;
        Consents = consents ?? DemoLookups.Consents;
        _stores = Keyed(Stores, s => s.ExternalId, "store externalId");
        _consents = Keyed(Consents, c => c.Id, "consent id");
    }

    /// <summary>Every store, inactive ones included, in configuration order.</summary>
    public IReadOnlyList<EngageStore> Stores { get; }

    public IReadOnlyList<ConsentDefinition> Consents { get; }

    /// <summary>The stores Engage lists by default; inactive ones only when asked (its includeInactive).</summary>
    public IReadOnlyList<EngageStore> ListStores(bool includeInactive) => Stores.Where(s => includeInactive || s.Active).ToList();

    /// <summary>The store with this externalId, active or not, compared exactly; null if none.</summary>
    public EngageStore? FindStore(string externalId) => _stores.GetValueOrDefault(externalId);

    /// <summary>The consent with this id, compared exactly; null if none.</summary>
    public ConsentDefinition? FindConsent(string id) => _consents.GetValueOrDefault(id);

    private static Dictionary<string, T> Keyed<T>(IReadOnlyList<T> items, Func<T, string> key, string what)
    {
        var keyed = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var id = key(item);
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException($"A configured {what} is empty.");
            }

            if (!keyed.TryAdd(id, item))
            {
                throw new ArgumentException($"The {what} '{id}' is configured twice.");
            }
        }

        return keyed;
    }
}
