using BackInStock.Emulator.Contacts;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private readonly ILiteCollection<ContactDocument> _contacts;

    // The way email keys are made; a data file holding another (or none) has its keys made again on open.
    private const string EmailKeySetting = "email-key";
    private const string EmailKeyVersion = "nfc-fold-1";

    public Contact? FindContact(Guid id) => ReadThrough(_contactReads, id, key => _contacts.FindById(key)?.ToContact());

    public Contact? FindContactByEmail(string email)
    {
        // Usually one; a data file from before keys were normalized may hold two, and the older one is the contact.
        var key = ContactDocument.KeyOf(email);
        return _contacts.Find(c => c.EmailKey == key).MinBy(c => c.CreatedOnTicks)?.ToContact();
    }

    public IReadOnlyList<Contact> FindContacts(ContactKey key, string value)
    {
        var found = key switch
        {
            ContactKey.Email => ContactDocument.KeyOf(value) is { } emailKey ? _contacts.Find(c => c.EmailKey == emailKey) : [],
            ContactKey.MobilePhone => _contacts.Find(c => c.MobilePhone == value),
            ContactKey.ExternalId => _contacts.Find(c => c.ExternalId == value),
            _ => _contacts.Find(c => c.SocialSecurityNumberKey == value),
        };
        return [.. found.OrderBy(c => c.CreatedOnTicks).ThenBy(c => c.Id).Select(c => c.ToContact())];
    }

    // A document from before approval existed has no Unapproved member, which LiteDB's NOT reads as null, not false.
    public int CountApprovedContacts() => _contacts.Count() - _contacts.Count(c => c.Unapproved == true);

    public void InsertContact(Contact contact) => _contacts.Insert(ContactDocument.From(contact));

    public void UpdateContact(Contact contact) => _contacts.Update(ContactDocument.From(contact));

    /// <summary>
    /// Data files written before addresses were normalized hold keys made by ToLowerInvariant alone: the
    /// keys are made again once, on open, so a look-up finds those contacts by the keys made now.
    /// </summary>
    private void RekeyContacts()
    {
        if (_settings.FindById(EmailKeySetting)?.Json == EmailKeyVersion)
        {
            return;
        }

        foreach (var document in _contacts.FindAll().ToList())
        {
            var key = ContactDocument.KeyOf(document.Email);
            if (!string.Equals(key, document.EmailKey, StringComparison.Ordinal))
            {
                document.EmailKey = key;
                _contacts.Update(document);
            }
        }

        _settings.Upsert(new SettingDocument { Id = EmailKeySetting, Json = EmailKeyVersion });
    }
}
