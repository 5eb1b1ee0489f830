using BackInStock.Client;
using BackInStock.Testing;

namespace FixtureConsumer;

/// <summary>What the tests' shop sells and who shops there: one product in the Swedish feed, and a new contact per call.</summary>
internal static class Shop
{
    public const string Sku = "SAMPLE-TEE-M";
    public const string Locale = "sv-SE";

    public static Task LoadFeedAsync(EngageEmulator engage) =>
        engage.Feeds.ReplaceAsync(Locale, [new Product { Sku = Sku, Title = "Sample tee, M", Price = 199, Currency = "SEK", Availability = "out_of_stock" }]);

    public static async Task<Contact> NewShopperAsync(EngageEmulator engage, string? email = null) =>
        await engage.Client.Contacts.CreateContactAsync(new CreateContactRequest { Email = email ?? $"shopper-{Guid.NewGuid():N}@example.com" });

    public static Task<Subscription> SubscribeAsync(EngageEmulator engage, Contact shopper) =>
        engage.Client.BackInStock.CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = shopper.Id, Sku = Sku, Locale = Locale });
}
