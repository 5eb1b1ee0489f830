using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Storage;

/// <summary>The reads and writes the emulator's rules are made of, inside one store transaction.</summary>
public interface IStoreSession
{
    Contact? FindContact(Guid id);

    /// <summary>Finds a contact by email address, ignoring case.</summary>
    Contact? FindContactByEmail(string email);

    void InsertContact(Contact contact);

    IReadOnlyList<Subscription> SubscriptionsOf(Guid contactId);

    void InsertSubscription(Subscription subscription);

    bool DeleteSubscription(Guid id);
}
