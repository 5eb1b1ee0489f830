namespace BackInStock.Client;

/// <summary>
/// The two calls most tests make, in the form they had before the create query string and the other lookup
/// keys were added to the contract: create from a body alone, find by email alone.
/// </summary>
public sealed partial class ContactsClient
{
    public Task<Contact> CreateContactAsync(CreateContactRequest body, CancellationToken cancellationToken = default) =>
        CreateContactAsync(source: null, storeExternalId: null, createAsUnapproved: null, body, cancellationToken);

    public Task<Guid> GetContactIdByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        GetContactIdByEmailAsync(email, socialSecurityNumber: null, mobilePhone: null, customKey: null, any: null, contactType: null, cancellationToken);
}
