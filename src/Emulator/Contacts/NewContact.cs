namespace BackInStock.Emulator.Contacts;

/// <summary>What a client sends to create a contact: Engage's flat create-contact body and its query string.</summary>
/// <param name="Email">Optional when the tenant's key identifier is another attribute.</param>
public sealed record NewContact(
    string? Email,
    string? FirstName = null,
    string? LastName = null,
    string? Lang = null,
    string? CountryCode = null,
    bool AcceptsEmail = false,
    string? ContactType = null)
{
    public string? MobilePhone { get; init; }

    public string? ExternalId { get; init; }

    public string? SocialSecurityNumber { get; init; }

    public bool AcceptsSms { get; init; }

    public IReadOnlyList<NewConsent> Consents { get; init; } = [];

    public string? Source { get; init; }

    public string? StoreExternalId { get; init; }

    public bool CreateAsUnapproved { get; init; }
}

/// <summary>A consent as sent on create; without a date it is given now.</summary>
public sealed record NewConsent(string Id, bool Value, DateTimeOffset? Date = null, string? Source = null, string? Comment = null);
