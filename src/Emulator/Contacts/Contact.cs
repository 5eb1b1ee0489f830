namespace BackInStock.Emulator.Contacts;

/// <summary>
/// An Engage contact, reduced to what the back-in-stock flow and its sign-up forms read and write. The
/// positional members are the ones the first version stored; the rest default so older callers and older
/// data files keep working.
/// </summary>
/// <param name="Email">Null for a contact created by another key (a mobile phone, an external id).</param>
/// <param name="Lang">The contact's language; Engage's attribute is <c>language</c>.</param>
public sealed record Contact(
    Guid Id,
    string? Email,
    string? FirstName,
    string? LastName,
    string? Lang,
    string? CountryCode,
    bool AcceptsEmail,
    string ContactType,
    DateTimeOffset CreatedOn)
{
    /// <summary>Normalized by <see cref="PhoneNumber.Normalize"/>.</summary>
    public string? MobilePhone { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>As sent, trimmed; compared by <see cref="SocialSecurityNumber.Key"/>.</summary>
    public string? SocialSecurityNumber { get; init; }

    public bool AcceptsSms { get; init; }

    /// <summary>An unapproved contact (created with <c>createAsUnapproved</c>) is left out of the count until a preference approves it.</summary>
    public bool Approved { get; init; } = true;

    /// <summary>How the contact came in (the create call's <c>source</c>, e.g. POS or e-com).</summary>
    public string? Source { get; init; }

    /// <summary>The recruited-by store (the create call's <c>storeExternalId</c>).</summary>
    public string? StoreExternalId { get; init; }

    /// <summary>Equal to <see cref="CreatedOn"/> until the contact is first changed.</summary>
    public DateTimeOffset ModifiedOn { get; init; } = CreatedOn;

    public IReadOnlyList<Consent> Consents { get; init; } = [];

    // A record compares a list by reference; two reads of one stored contact must still be equal.
    public bool Equals(Contact? other) =>
        other is not null
        && (Id, Email, FirstName, LastName, Lang, CountryCode, AcceptsEmail, ContactType, CreatedOn)
            == (other.Id, other.Email, other.FirstName, other.LastName, other.Lang, other.CountryCode, other.AcceptsEmail, other.ContactType, other.CreatedOn)
        && (MobilePhone, ExternalId, SocialSecurityNumber, AcceptsSms, Approved, Source, StoreExternalId, ModifiedOn)
            == (other.MobilePhone, other.ExternalId, other.SocialSecurityNumber, other.AcceptsSms, other.Approved, other.Source, other.StoreExternalId, other.ModifiedOn)
        && Consents.SequenceEqual(other.Consents);

    public override int GetHashCode() => HashCode.Combine(Id, Email, ModifiedOn);
}
