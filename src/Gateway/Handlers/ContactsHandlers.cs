using BackInStock.Emulator;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.Contacts;

namespace BackInStock.Gateway.Handlers;

/// <summary>The Engage contacts operations a back-in-stock integration calls.</summary>
public sealed class ContactsHandlers(TenantContext tenant) : IContactsHandlers
{
    private Domain.ContactService Contacts => tenant.Emulator.Contacts;

    Contact IContactsHandlers.CreateContact(string? source, string? storeExternalId, bool? createAsUnapproved, CreateContactRequest body) =>
        ToDto(Contacts.Create(new Domain.NewContact(
            body.Email,
            body.FirstName,
            body.LastName,
            body.Language ?? body.Lang,
            body.CountryCode,
            body.Preferences?.AcceptsEmail ?? body.AcceptsEmail ?? false,
            body.ContactType)
        {
            MobilePhone = body.MobilePhone,
            ExternalId = body.ExternalId,
            SocialSecurityNumber = body.SocialSecurityNumber,
            AcceptsSms = body.Preferences?.AcceptsSms ?? body.AcceptsSms ?? false,
            Consents = body.Consents?.Select(c => new Domain.NewConsent(c.Id, c.Value, c.Date, c.Source, c.Comment)).ToList() ?? [],
            Source = source,
            StoreExternalId = storeExternalId,
            CreateAsUnapproved = createAsUnapproved ?? false,
        }));

    Guid IContactsHandlers.GetContactIdByEmail(
        string? email, string? socialSecurityNumber, string? mobilePhone, string? customKey, string? any, string? contactType) =>
        Contacts.FindId(new Domain.ContactLookup(email, socialSecurityNumber, mobilePhone, customKey, any, contactType));

    int IContactsHandlers.CountContacts() => Contacts.Count();

    Contact IContactsHandlers.GetContact(Guid contactId) => ToDto(Contacts.Get(contactId));

    Contact IContactsHandlers.UpdateContact(Guid contactId, UpdateContactRequest body) => ToDto(Contacts.Update(contactId, Changes(body)));

    Contact IContactsHandlers.PatchContact(Guid contactId, UpdateContactRequest body) => ToDto(Contacts.Update(contactId, Changes(body)));

    Contact IContactsHandlers.SetAcceptsEmail(Guid contactId, BoolRequest body) => ToDto(Contacts.SetAcceptsEmail(contactId, body.Value));

    Contact IContactsHandlers.SetAcceptsSms(Guid contactId, BoolRequest body) => ToDto(Contacts.SetAcceptsSms(contactId, body.Value));

    Contact IContactsHandlers.UpdateContactType(Guid contactId, string contactTypeId) => ToDto(Contacts.ChangeType(contactId, contactTypeId));

    private static Domain.ContactChanges Changes(UpdateContactRequest body) => new()
    {
        Email = body.Email,
        MobilePhone = body.MobilePhone,
        ExternalId = body.ExternalId,
        SocialSecurityNumber = body.SocialSecurityNumber,
        FirstName = body.FirstName,
        LastName = body.LastName,
        Lang = body.Language ?? body.Lang,
        CountryCode = body.CountryCode,
        AcceptsEmail = body.AcceptsEmail,
        AcceptsSms = body.AcceptsSms,
    };

    private static Contact ToDto(Domain.Contact c) => new()
    {
        Id = c.Id,
        Attributes = new ContactAttributes
        {
            Email = c.Email,
            MobilePhone = c.MobilePhone,
            FirstName = c.FirstName,
            LastName = c.LastName,
            Language = c.Lang,
            CountryCode = c.CountryCode,
            ExternalId = c.ExternalId,
            SocialSecurityNumber = c.SocialSecurityNumber,
        },
        Meta = new ContactMeta
        {
            ContactType = c.ContactType,
            CreatedOn = c.CreatedOn,
            ModifiedOn = c.ModifiedOn,
            SourceType = c.Source,
            StoreExternalId = c.StoreExternalId,
            Approved = c.Approved,
        },
        Preferences = new ContactPreferences { AcceptsEmail = c.AcceptsEmail, AcceptsSms = c.AcceptsSms, AcceptsEmails = c.AcceptsEmail },
        Consents = [.. c.Consents.Select(k => new ContactConsent { Id = k.Id, Value = k.Value, Date = k.Date, Source = k.Source, Comment = k.Comment })],
    };
}
