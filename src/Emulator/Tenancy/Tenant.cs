namespace BackInStock.Emulator.Tenancy;

/// <summary>A tenant with its own emulator (and so its own data file).</summary>
public sealed record Tenant(TenantOptions Options, EngageEmulator Emulator)
{
    public string Id => Options.Id;
}
