namespace BackInStock.Emulator.Contacts;

/// <summary>
/// Engage's find-contact query (<c>GET /api/v3/contacts/id</c>): one of the keys, or <c>any</c>, optionally
/// narrowed to a contact type.
/// </summary>
/// <param name="CustomKey">Matches the contact's externalId (a tenant may use memberNumber instead; the emulator has none).</param>
/// <param name="Any">Read as the first of email, socialSecurityNumber, mobilePhone that it is valid as, else as the custom key.</param>
public sealed record ContactLookup(
    string? Email = null,
    string? SocialSecurityNumber = null,
    string? MobilePhone = null,
    string? CustomKey = null,
    string? Any = null,
    string? ContactType = null);
