using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Accelerator;

/// <summary>
/// Voyado's Centra accelerator: the storefront's subscribe call finds the tenant's contact by email or
/// creates one ({email, acceptsEmail, lang, countryCode}), then subscribes it, in one transaction.
/// </summary>
public sealed class AcceleratorService(IEmulatorStore store, ContactService contacts, SubscriptionService subscriptions)
{
    public StorefrontSubscription Subscribe(string email, string sku, bool acceptEmail, string locale, string externalId) => store.Write(session =>
    {
        var contact = session.FindContactByEmail(email);
        var created = contact is null;
        if (contact is null)
        {
            var (lang, countryCode) = LocaleParts.Split(locale);
            contact = contacts.Create(session, new NewContact(email, Lang: lang, CountryCode: countryCode, AcceptsEmail: acceptEmail));
        }

        var subscription = subscriptions.Create(session, new NewSubscription(contact.Id, sku, locale, externalId));
        return new StorefrontSubscription(contact, created, subscription);
    });
}
