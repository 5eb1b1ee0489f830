using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Contacts;

/// <summary>The contacts a tenant holds: created, found by email, read by id.</summary>
public sealed class ContactService(IEmulatorStore store, TimeProvider time)
{
    /// <summary>Contacts created without a type become "Member", Engage's default.</summary>
    public const string DefaultContactType = "Member";

    /// <summary>
    /// Creates a contact. An email address identifies one contact per tenant, ignoring case; it is kept
    /// normalized (<see cref="EmailAddress"/>).
    /// </summary>
    public Contact Create(NewContact request) => store.Write(session => Create(session, request));

    /// <summary>Creates a contact inside a transaction the caller holds.</summary>
    internal Contact Create(IStoreSession session, NewContact request)
    {
        var email = EmailAddress.Normalize(request.Email);
        IndexedText.Require(("$.email", email, IndexedText.Email));
        if (session.FindContactByEmail(email) is { } existing)
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.ApprovedContactWithKeyExists, $"The contact {existing.Id} already has the email address {existing.Email}.");
        }

        var now = time.GetUtcNow();
        var contact = new Contact(
            Guid.CreateVersion7(now),
            email,
            request.FirstName,
            request.LastName,
            request.Lang,
            request.CountryCode,
            request.AcceptsEmail,
            string.IsNullOrEmpty(request.ContactType) ? DefaultContactType : request.ContactType,
            now);
        session.InsertContact(contact);
        return contact;
    }

    public Contact Get(Guid contactId) =>
        store.Read(session => session.FindContact(contactId))
        ?? throw ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact has the id {contactId}.");

    /// <summary>The id of the contact with this email address, ignoring case.</summary>
    public Guid IdByEmail(string email) =>
        store.Read(session => session.FindContactByEmail(email))?.Id
        ?? throw ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact has the email address {email}.");
}
