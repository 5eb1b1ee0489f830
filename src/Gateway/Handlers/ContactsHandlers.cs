using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.Contacts;

namespace BackInStock.Gateway.Handlers;

/// <summary>The Engage contacts operations the back-in-stock flow needs.</summary>
public sealed class ContactsHandlers(TenantContext tenant) : IContactsHandlers
{
    Contact IContactsHandlers.CreateContact(CreateContactRequest body) =>
        ToDto(tenant.Emulator.Contacts.Create(new Domain.NewContact(
            body.Email, body.FirstName, body.LastName, body.Lang, body.CountryCode, body.AcceptsEmail ?? false, body.ContactType)));

    Guid IContactsHandlers.GetContactIdByEmail(string email) => tenant.Emulator.Contacts.IdByEmail(email);

    Contact IContactsHandlers.GetContact(Guid contactId) => ToDto(tenant.Emulator.Contacts.Get(contactId));

    private static Contact ToDto(Domain.Contact c) => new()
    {
        Id = c.Id,
        ContactType = c.ContactType,
        Attributes = new ContactAttributes
        {
            Email = c.Email,
            FirstName = c.FirstName,
            LastName = c.LastName,
            Lang = c.Lang,
            CountryCode = c.CountryCode,
        },
        Preferences = new ContactPreferences { AcceptsEmail = c.AcceptsEmail },
        Meta = new ContactMeta { CreatedOn = c.CreatedOn },
    };
}
