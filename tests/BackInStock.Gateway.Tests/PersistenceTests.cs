using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Contacts_and_subscriptions_survive_a_restart_on_the_same_file()
    {
        var dataFile = Path.Combine(Path.GetTempPath(), "bis-persist-" + Guid.NewGuid().ToString("N"), "data.db");
        try
        {
            Guid contactId;
            Subscription written;
            using (var first = new GatewayApplication(dataFile))
            {
                contactId = (await first.Contacts().CreateContactAsync(new CreateContactRequest { Email = "persist@example.com", AcceptsEmail = true })).Id;
                written = await first.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest
                {
                    ContactId = contactId, Sku = "AD_0397_V_685_006_66", Locale = "en-US", ExternalId = "12165253-34345",
                });
            }

            using var second = new GatewayApplication(dataFile);
            var contact = await second.Contacts().GetContactAsync(contactId);
            var read = (await second.BackInStock().ListContactSubscriptionsAsync(contactId)).Data.Single();

            contact.Attributes.Email.Should().Be("persist@example.com");
            contact.Preferences.AcceptsEmail.Should().BeTrue();
            read.Should().BeEquivalentTo(written);
            (await second.Contacts().GetContactIdByEmailAsync("persist@example.com")).Should().Be(contactId);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dataFile)!, recursive: true);
        }
    }
}
