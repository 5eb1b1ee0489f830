namespace BackInStock.Emulator.Tenancy;

/// <summary>One Engage tenant the emulator serves: its id (the accelerator's <c>store</c>), keys and data file.</summary>
public sealed class TenantOptions
{
    /// <summary>The Engage tenant id; the accelerator's <c>store</c> is this, or this plus "-" and a Centra store id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Keys accepted in the <c>apikey</c> header for this tenant's <c>/api/v3</c> routes.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>When set, only these Centra store ids are accepted in the combined <c>tenantId-CentraStoreID</c> form.</summary>
    public List<string> CentraStores { get; set; } = [];

    /// <summary>The tenant's key identifier and contact types; defaults to the <c>Emulator:Contacts</c> section (email; Member and Contact).</summary>
    public Contacts.ContactOptions? Contacts { get; set; }

    /// <summary>The tenant's stores; when absent, Emulator:Stores, else the demo stores.</summary>
    public List<Lookups.EngageStore>? Stores { get; set; }

    /// <summary>The tenant's consent definitions; when absent, Emulator:Consents, else the demo consents.</summary>
    public List<Lookups.ConsentDefinition>? Consents { get; set; }

    /// <summary>The tenant's LiteDB file; defaults to data/{id}.db.</summary>
    public string? DataFile { get; set; }
}
