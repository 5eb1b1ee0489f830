namespace BackInStock.Emulator.Lookups;

/// <summary>
/// One of the tenant's stores, as Engage lists them (Voyado's "Stores API endpoints" page); configured, not
/// stored. <see cref="ExternalId"/> is the store's key: contacts and receipts name their store by it.
/// </summary>
public sealed class EngageStore
{
    public string ExternalId { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Voyado recommends ECOM or RETAIL.</summary>
    public string? Type { get; init; }

    public bool Active { get; init; } = true;

    public string? CountryCode { get; init; }

    public string? City { get; init; }

    public string? Street { get; init; }

    public string? ZipCode { get; init; }

    public string? Region { get; init; }

    public string? County { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Homepage { get; init; }

    /// <summary>Engage's UI needs one (Europe/Stockholm).</summary>
    public string? TimeZone { get; init; }
}
