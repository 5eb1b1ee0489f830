using BackInStock.Emulator;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Bench;

/// <summary>
/// The one way the in-process bench loads its shoppers and their subscriptions, so "loading 1,000,000
/// subscriptions" (issue 16's goal) measures whatever this does.
/// </summary>
internal static class Seeding
{
    // Issue 16: when EngageEmulator.Import lands, Load writes the contacts and subscriptions as the
    // import's NDJSON (to a stream, as a partner's file would be) and hands it to emulator.Import.Load;
    // Method then names that route. Nothing else in the bench changes.
    public const string Method = "EngageEmulator.BulkLoad, one transaction per 100,000 subscriptions (the bulk seeding that exists until POST /emulator/import's service lands)";

    private const int Chunk = 100_000;

    public static void Load(EngageEmulator emulator, IReadOnlyList<Contact> contacts, IEnumerable<Subscription> subscriptions)
    {
        var loadedContacts = false;
        foreach (var chunk in subscriptions.Chunk(Chunk))
        {
            emulator.BulkLoad(loadedContacts ? [] : contacts, chunk);
            loadedContacts = true;
        }

        if (!loadedContacts)
        {
            emulator.BulkLoad(contacts, []);
        }
    }
}
