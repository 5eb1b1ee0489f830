using System.Globalization;
using System.Net.Mail;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Contacts;

/// <summary>
/// The contacts a tenant holds: created, found by any of Engage's keys, read by id, changed. The tenant's key
/// identifier (<see cref="ContactOptions.KeyIdentifier"/>, email by default) is required on create and names
/// one contact; the other keys are kept and searchable but may be shared, which is how a lookup meets several
/// contacts.
/// </summary>
public sealed class ContactService(IEmulatorStore store, TimeProvider time, ContactOptions? options = null)
{
    /// <summary>Contacts created without a type become "Member", Engage's default.</summary>
    public const string DefaultContactType = "Member";

    private readonly ContactOptions _options = options ?? new ContactOptions();

    public ContactKey KeyIdentifier => _options.Key;

    /// <summary>
    /// Creates a contact. An email address is kept normalized (<see cref="EmailAddress"/>), a mobile phone as
    /// <see cref="PhoneNumber.Normalize"/> gives it.
    /// </summary>
    public Contact Create(NewContact request) => store.Write(session => Create(session, request));

    /// <summary>Creates a contact inside a transaction the caller holds.</summary>
    internal Contact Create(IStoreSession session, NewContact request)
    {
        var now = time.GetUtcNow();
        var (contact, keyValue) = Prepare(request, Guid.CreateVersion7(now), now);
        RequireNewKey(session.FindContacts(_options.Key, keyValue), keyValue);
        session.InsertContact(contact);
        return contact;
    }

    /// <summary>
    /// The contact a request makes, checked by every rule that needs no stored data, with the value of the
    /// tenant's key identifier it holds (which must be new: <see cref="RequireNewKey"/>). An import makes its contacts so.
    /// </summary>
    internal (Contact Contact, string KeyValue) Prepare(NewContact request, Guid id, DateTimeOffset now)
    {
        var email = string.IsNullOrEmpty(request.Email) ? null : EmailAddress.Normalize(request.Email);
        var phone = Phone(request.MobilePhone, "$.mobilePhone");
        var ssn = Ssn(request.SocialSecurityNumber, "$.socialSecurityNumber");
        var externalId = string.IsNullOrEmpty(request.ExternalId) ? null : request.ExternalId;
        IndexedText.Require(("$.email", email, IndexedText.Email), ("$.externalId", externalId, IndexedText.ExternalId));
        var type = ContactType(request.ContactType);
        var key = _options.Key;
        var keyValue = KeyValue(key, email, phone, externalId, ssn);
        if (keyValue is null)
        {
            throw Invalid(KeyPath(key), $"is required: it is this tenant's key identifier ({KeyPath(key)[2..]}).");
        }

        var contact = new Contact(
            id, email, request.FirstName, request.LastName, request.Lang, request.CountryCode, request.AcceptsEmail, type, now)
        {
            MobilePhone = phone,
            ExternalId = externalId,
            SocialSecurityNumber = ssn,
            AcceptsSms = request.AcceptsSms,
            Approved = !request.CreateAsUnapproved,
            Source = request.Source,
            StoreExternalId = request.StoreExternalId,
            Consents = Consents(request.Consents, request.Source, now),
        };
        return (contact, keyValue);
    }

    /// <summary>Refuses a key identifier value that <paramref name="holders"/> (the contacts found with it) already hold.</summary>
    internal void RequireNewKey(IReadOnlyList<Contact> holders, string keyValue)
    {
        if (holders is [var existing, ..])
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.ApprovedContactWithKeyExists, $"The contact {existing.Id} already has the {KeyName(_options.Key)} {keyValue}.");
        }
    }

    public Contact Get(Guid contactId) =>
        store.Read(session => session.FindContact(contactId)) ?? throw NotFound(contactId);

    /// <summary>The id of the contact with this email address, ignoring case (the oldest, should a non-email tenant hold several).</summary>
    public Guid IdByEmail(string email) =>
        store.Read(session => session.FindContactByEmail(email))?.Id
        ?? throw ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact has the email address {email}.");

    /// <summary>
    /// Engage's find-contact: the first key given, in the page's scan order (email, socialSecurityNumber,
    /// mobilePhone, customKey, then any). A value that is not valid for its key is refused with the key's code;
    /// <c>any</c> stops at the first key its value is valid for, even when that finds nobody, as the page warns.
    /// </summary>
    public Guid FindId(ContactLookup lookup)
    {
        var type = lookup.ContactType is { Length: > 0 } given ? ContactType(given) : null;
        var (key, value, shown) = SearchKey(lookup);
        var matches = store.Read(session => session.FindContacts(key, value))
            .Where(c => type is null || string.Equals(c.ContactType, type, StringComparison.Ordinal))
            .ToList();
        return matches.Count switch
        {
            0 => throw ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact{Of(type)} has the {shown}."),
            1 => matches[0].Id,
            _ => throw ErrorCatalogue.MultipleMatchesFound(
                matches.Select(c => c.Id),
                string.Create(CultureInfo.InvariantCulture, $"{matches.Count} contacts{Of(type)} have the {shown}; messageDetails.multipleMatchesFound lists them.")),
        };
    }

    /// <summary>How many approved contacts the tenant holds (Engage counts only approved ones).</summary>
    public int Count() => store.Read(session => session.CountApprovedContacts());

    /// <summary>
    /// Changes the attributes given and leaves the rest; an empty string clears one. The tenant's key can be
    /// changed but not cleared, and not to a value another contact holds.
    /// </summary>
    public Contact Update(Guid contactId, ContactChanges changes) => store.Write(session =>
    {
        var contact = session.FindContact(contactId) ?? throw NotFound(contactId);
        var email = changes.Email is null ? contact.Email : Cleared(changes.Email) is { } e ? EmailAddress.Normalize(e) : null;
        var phone = changes.MobilePhone is null ? contact.MobilePhone : Phone(changes.MobilePhone, "$.mobilePhone");
        var ssn = changes.SocialSecurityNumber is null ? contact.SocialSecurityNumber : Ssn(changes.SocialSecurityNumber, "$.socialSecurityNumber");
        var externalId = changes.ExternalId is null ? contact.ExternalId : Cleared(changes.ExternalId);
        IndexedText.Require(("$.email", email, IndexedText.Email), ("$.externalId", externalId, IndexedText.ExternalId));
        var key = _options.Key;
        var keyValue = KeyValue(key, email, phone, externalId, ssn);
        if (keyValue is null)
        {
            throw Invalid(KeyPath(key), $"must not be emptied: it is this tenant's key identifier ({KeyPath(key)[2..]}).");
        }

        if (session.FindContacts(key, keyValue).FirstOrDefault(c => c.Id != contactId) is { } other)
        {
            throw ErrorCatalogue.Exception(ErrorCatalogue.ApprovedContactWithKeyExists, $"The contact {other.Id} already has the {KeyName(key)} {keyValue}.");
        }

        var changed = contact with
        {
            Email = email,
            MobilePhone = phone,
            SocialSecurityNumber = ssn,
            ExternalId = externalId,
            FirstName = changes.FirstName is null ? contact.FirstName : Cleared(changes.FirstName),
            LastName = changes.LastName is null ? contact.LastName : Cleared(changes.LastName),
            Lang = changes.Lang is null ? contact.Lang : Cleared(changes.Lang),
            CountryCode = changes.CountryCode is null ? contact.CountryCode : Cleared(changes.CountryCode),
            AcceptsEmail = changes.AcceptsEmail ?? contact.AcceptsEmail,
            AcceptsSms = changes.AcceptsSms ?? contact.AcceptsSms,
            ModifiedOn = time.GetUtcNow(),
        };
        session.UpdateContact(changed);
        return changed;
    });

    /// <summary>Sets whether the contact accepts email; like Engage's preference routes, this also approves an unapproved contact.</summary>
    public Contact SetAcceptsEmail(Guid contactId, bool value) =>
        Change(contactId, c => c with { AcceptsEmail = value, Approved = true });

    /// <summary>Sets whether the contact accepts SMS, approving an unapproved contact.</summary>
    public Contact SetAcceptsSms(Guid contactId, bool value) =>
        Change(contactId, c => c with { AcceptsSms = value, Approved = true });

    /// <summary>Moves the contact to another of the tenant's contact types (Engage's <c>updateContactType</c>).</summary>
    public Contact ChangeType(Guid contactId, string contactType)
    {
        var type = ContactType(contactType);
        return Change(contactId, c => c with { ContactType = type });
    }

    private Contact Change(Guid contactId, Func<Contact, Contact> change) => store.Write(session =>
    {
        var contact = session.FindContact(contactId) ?? throw NotFound(contactId);
        var changed = change(contact) with { ModifiedOn = time.GetUtcNow() };
        session.UpdateContact(changed);
        return changed;
    });

    /// <summary>The tenant's spelling of a contact type, matched ignoring case; the default when none is given.</summary>
    private string ContactType(string? given)
    {
        var types = _options.Types;
        if (string.IsNullOrEmpty(given))
        {
            return types.FirstOrDefault(t => t == DefaultContactType) ?? types[0];
        }

        return types.FirstOrDefault(t => string.Equals(t, given, StringComparison.OrdinalIgnoreCase))
            ?? throw ErrorCatalogue.Exception(ErrorCatalogue.InvalidContactType, $"The contact type \"{given}\" does not exist; this tenant has {string.Join(", ", types)}.");
    }

    private static (ContactKey Key, string Value, string Shown) SearchKey(ContactLookup lookup)
    {
        if (lookup.Email is { Length: > 0 } email)
        {
            return IsEmail(email)
                ? (ContactKey.Email, email, $"email address {email}")
                : throw ErrorCatalogue.Invalid(ErrorCatalogue.InvalidEmailAddress, "email", $"\"{email}\" is not an email address.");
        }

        if (lookup.SocialSecurityNumber is { Length: > 0 } ssn)
        {
            return SocialSecurityNumber.Key(ssn) is { } ssnKey
                ? (ContactKey.SocialSecurityNumber, ssnKey, $"social security number {ssn}")
                : throw ErrorCatalogue.Invalid(ErrorCatalogue.InvalidSocialSecurityNumber, "socialSecurityNumber", $"\"{ssn}\" is neither a Swedish personal identity number nor a Finnish personal identity code.");
        }

        if (lookup.MobilePhone is { Length: > 0 } phone)
        {
            return PhoneNumber.Normalize(phone) is { } number
                ? (ContactKey.MobilePhone, number, $"mobile phone {number}")
                : throw ErrorCatalogue.Invalid(ErrorCatalogue.InvalidPhoneNumber, "mobilePhone", $"\"{phone}\" is not a phone number: 6 to 15 digits, optionally after a +.");
        }

        if (lookup.CustomKey is { Length: > 0 } custom)
        {
            return (ContactKey.ExternalId, custom, $"custom key {custom}");
        }

        if (lookup.Any is { Length: > 0 } any)
        {
            return IsEmail(any) ? (ContactKey.Email, any, $"email address {any}")
                : SocialSecurityNumber.Key(any) is { } anySsn ? (ContactKey.SocialSecurityNumber, anySsn, $"social security number {any}")
                : PhoneNumber.Normalize(any) is { } anyPhone ? (ContactKey.MobilePhone, anyPhone, $"mobile phone {anyPhone}")
                : (ContactKey.ExternalId, any, $"custom key {any}");
        }

        throw ErrorCatalogue.Exception(ErrorCatalogue.InvalidSearchQuery, "Send one of email, socialSecurityNumber, mobilePhone, customKey or any.");
    }

    private static bool IsEmail(string text) =>
        text.Length <= IndexedText.Email && MailAddress.TryCreate(text, out var parsed) && parsed.Address == text;

    private static string? KeyValue(ContactKey key, string? email, string? phone, string? externalId, string? ssn) => key switch
    {
        ContactKey.Email => email,
        ContactKey.MobilePhone => phone,
        ContactKey.ExternalId => externalId,
        _ => SocialSecurityNumber.Key(ssn),
    };

    private static string KeyName(ContactKey key) => key switch
    {
        ContactKey.Email => "email address",
        ContactKey.MobilePhone => "mobile phone",
        ContactKey.ExternalId => "external id",
        _ => "social security number",
    };

    private static string KeyPath(ContactKey key) => key switch
    {
        ContactKey.Email => "$.email",
        ContactKey.MobilePhone => "$.mobilePhone",
        ContactKey.ExternalId => "$.externalId",
        _ => "$.socialSecurityNumber",
    };

    private static string? Phone(string? text, string path)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return PhoneNumber.Normalize(text) ?? throw Invalid(path, "must be a phone number: 6 to 15 digits, optionally after a + (spaces and dashes are ignored).");
    }

    private static string? Ssn(string? text, string path)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return SocialSecurityNumber.Key(text) is not null
            ? text.Trim()
            : throw Invalid(path, "must be a Swedish personal identity number (10 or 12 digits, Luhn-checked) or a Finnish personal identity code.");
    }

    private static string? Cleared(string value) => value.Length == 0 ? null : value;

    private static List<Consent> Consents(IReadOnlyList<NewConsent> sent, string? source, DateTimeOffset now)
    {
        // The same consent twice: the last one sent is the one kept, as a later answer replaces an earlier one.
        var kept = new Dictionary<string, Consent>(StringComparer.Ordinal);
        foreach (var c in sent)
        {
            kept[c.Id] = new Consent(c.Id, c.Value, c.Date ?? now, c.Source ?? source, c.Comment);
        }

        return [.. kept.Values];
    }

    private static string Of(string? type) => type is null ? "" : $" of type {type}";

    private static EmulatorException NotFound(Guid contactId) =>
        ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact has the id {contactId}.");

    private static EmulatorException Invalid(string path, string problem) =>
        new(ErrorCatalogue.ValidationError, $"{path} {problem}", new Dictionary<string, List<string>>(StringComparer.Ordinal) { [path] = [problem] });
}
