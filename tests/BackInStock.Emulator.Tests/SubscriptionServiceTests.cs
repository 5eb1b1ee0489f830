using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests;

public sealed class SubscriptionServiceTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void Subscriptions_are_listed_per_contact_oldest_first(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var contact = fixture.Emulator.Contacts.Create(new NewContact("a@example.com"));
        var other = fixture.Emulator.Contacts.Create(new NewContact("b@example.com"));
        var subscriptions = fixture.Emulator.Subscriptions;

        var first = subscriptions.Create(new NewSubscription(contact.Id, "SKU-2", "sv-SE", null));
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = subscriptions.Create(new NewSubscription(contact.Id, "SKU-1", "pl-PL", "PL-SKU-1"));
        subscriptions.Create(new NewSubscription(other.Id, "SKU-1", "sv-SE", null));

        subscriptions.ListFor(contact.Id).Should().Equal(first, second);
        second.CreatedOn.Should().Be(first.CreatedOn.AddSeconds(1));
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void The_same_subscription_again_is_the_existing_one_with_locales_compared_case_insensitively(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var contact = fixture.Emulator.Contacts.Create(new NewContact("a@example.com"));
        var subscriptions = fixture.Emulator.Subscriptions;

        var first = subscriptions.Create(new NewSubscription(contact.Id, "SKU-1", "sv-SE", "SE-SKU-1"));
        var again = subscriptions.Create(new NewSubscription(contact.Id, "SKU-1", "SV-se", "SE-SKU-1"));
        var otherSkuCase = subscriptions.Create(new NewSubscription(contact.Id, "sku-1", "sv-SE", "SE-SKU-1"));

        again.Should().Be(first);
        otherSkuCase.Id.Should().NotBe(first.Id, "SKUs compare exactly");
        subscriptions.ListFor(contact.Id).Should().HaveCount(2);
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void An_unknown_contact_gets_no_subscription(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var ghost = Guid.NewGuid();

        var create = () => fixture.Emulator.Subscriptions.Create(new NewSubscription(ghost, "SKU-1", "sv-SE", null));

        create.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
        fixture.Emulator.Contacts.Create(new NewContact("late@example.com"));
        var list = () => fixture.Emulator.Subscriptions.ListFor(ghost);
        list.Should().Throw<EmulatorException>();
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void A_deleted_subscription_is_gone_and_deleting_it_again_is_SubscriptionNotFound(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var contact = fixture.Emulator.Contacts.Create(new NewContact("a@example.com"));
        var subscription = fixture.Emulator.Subscriptions.Create(new NewSubscription(contact.Id, "SKU-1", "sv-SE", null));

        fixture.Emulator.Subscriptions.Delete(subscription.Id);
        var again = () => fixture.Emulator.Subscriptions.Delete(subscription.Id);

        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().BeEmpty();
        again.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.SubscriptionNotFound);
    }

    [Fact]
    public void The_file_store_keeps_everything_across_a_reopen()
    {
        using var fixture = new EmulatorFixture("file");
        var contact = fixture.Emulator.Contacts.Create(new NewContact("keep@example.com", AcceptsEmail: true));
        var subscription = fixture.Emulator.Subscriptions.Create(new NewSubscription(contact.Id, "SKU-1", "sv-SE", "SE-SKU-1"));

        fixture.Reopen();

        fixture.Emulator.Contacts.Get(contact.Id).Should().Be(contact);
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().Equal(subscription);
    }

    [Fact]
    public void A_failed_write_leaves_nothing_behind()
    {
        using var fixture = new EmulatorFixture("file");
        var contact = fixture.Emulator.Contacts.Create(new NewContact("a@example.com"));

        var duplicate = () => fixture.Emulator.Contacts.Create(new NewContact("A@example.com"));
        duplicate.Should().Throw<EmulatorException>();
        fixture.Reopen();

        fixture.Emulator.Contacts.IdByEmail("a@example.com").Should().Be(contact.Id);
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().BeEmpty();
    }
}
