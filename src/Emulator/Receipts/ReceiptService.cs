using System.Globalization;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Receipts;

/// <summary>Purchase and return receipts, kept for the purchase condition ("has not purchased in the last N days").</summary>
public sealed class ReceiptService(IEmulatorStore store)
{
    /// <summary>
    /// Stores a receipt for the contact its match key finds; an unknown contact is ContactNotFound, several are
    /// MultipleMatches. A uniqueReceiptId already stored is Engage's duplicate: ignored, so the receipt first
    /// stored is returned unchanged, whatever the new one holds ("Receipts - field definitions").
    /// </summary>
    /// <param name="matchKeyType">One of Engage's keys, compared ignoring case (its pages spell <c>email</c>, its v2 swagger <c>Email</c>).</param>
    /// <param name="contactType">Only contacts of this type match, ignoring case; without one, Engage's default Member, unless the key is the contact id.</param>
    public Receipt Register(
        string matchKey, string matchKeyType, string uniqueReceiptId, DateTimeOffset createdDate, IReadOnlyList<ReceiptItem> items, string? contactType = null) =>
        store.Write(session =>
        {
            IndexedText.Require(("$.uniqueReceiptId", uniqueReceiptId, IndexedText.ReceiptId));
            var contact = Match(session.FindContact, session.FindContacts, matchKey, matchKeyType, contactType);
            if (session.FindReceipt(uniqueReceiptId) is { } duplicate)
            {
                return duplicate;
            }

            var receipt = new Receipt(uniqueReceiptId, contact.Id, createdDate, items);
            session.InsertReceipt(receipt);
            return receipt;
        });

    /// <summary>The one contact a receipt's match key names, found through <paramref name="byId"/> and <paramref name="find"/> (as the store's look-ups find them).</summary>
    internal static Contact Match(
        Func<Guid, Contact?> byId, Func<ContactKey, string, IReadOnlyList<Contact>> find, string matchKey, string matchKeyType, string? contactType)
    {
        var key = matchKeyType.ToLowerInvariant();
        if (key == "contactid")
        {
            // The id names one contact whatever its type, so the type narrows only when it is given.
            var found = Guid.TryParse(matchKey, out var id) ? byId(id) : null;
            return found is not null && (contactType is not { Length: > 0 } || IsType(found, contactType))
                ? found
                : throw NotFound(matchKeyType, matchKey);
        }

        var type = contactType is { Length: > 0 } given ? given : ContactService.DefaultContactType;
        var candidates = key switch
        {
            "email" => find(ContactKey.Email, matchKey),
            "mobilephone" => PhoneNumber.Normalize(matchKey) is { } phone ? find(ContactKey.MobilePhone, phone) : [],
            "externalid" => find(ContactKey.ExternalId, matchKey),
            "socialsecuritynumber" => SocialSecurityNumber.Key(matchKey) is { } ssn ? find(ContactKey.SocialSecurityNumber, ssn) : [],
            _ => [], // memberNumber: the emulator keeps no member numbers.
        };
        var matches = candidates.Where(c => IsType(c, type)).ToList();
        return matches.Count switch
        {
            0 => throw NotFound(matchKeyType, matchKey),
            1 => matches[0],
            _ => throw ErrorCatalogue.MultipleMatchesFound(
                matches.Select(c => c.Id),
                string.Create(CultureInfo.InvariantCulture, $"{matches.Count} contacts of type {type} have the {matchKeyType} '{matchKey}'; messageDetails.multipleMatchesFound lists them.")),
        };
    }

    private static bool IsType(Contact contact, string type) => string.Equals(contact.ContactType, type, StringComparison.OrdinalIgnoreCase);

    private static EmulatorException NotFound(string matchKeyType, string matchKey) =>
        ErrorCatalogue.Exception(ErrorCatalogue.ContactNotFound, $"No contact matches {matchKeyType} '{matchKey}'.");

    /// <summary>The contact's receipts, as the purchase condition reads them.</summary>
    public IReadOnlyList<Receipt> Of(Guid contactId) => store.Read(session => session.ReceiptsOf(contactId));
}
