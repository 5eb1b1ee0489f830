namespace BackInStock.Client;

/// <summary>The two contact calls most tests make, without the optional query parameters.</summary>
public sealed partial class ContactsClient
{
    /// <summary>Creates a contact from the body alone (no source, store or unapproved flag).</summary>
    public Task<Contact> CreateContactAsync(CreateContactRequest body, CancellationToken cancellationToken = default) =>
        CreateContactAsync(source: null, storeExternalId: null, createAsUnapproved: null, body, cancellationToken);

    /// <summary>The id of the contact with this email.</summary>
    public Task<Guid> GetContactIdByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        GetContactIdByEmailAsync(email, socialSecurityNumber: null, mobilePhone: null, customKey: null, any: null, contactType: null, cancellationToken);
}
