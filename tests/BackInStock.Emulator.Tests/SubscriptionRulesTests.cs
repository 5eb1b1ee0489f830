using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests;

public sealed class SubscriptionRulesTests
{
    [Theory]
    [InlineData("SKU-2", "sv-SE", "SE-1")]
    [InlineData("SKU-1", "pl-PL", "SE-1")]
    [InlineData("SKU-1", "sv-SE", "NO-1")]
    [InlineData("SKU-1", "sv-SE", null)]
    [InlineData("SKU-1", "sv-SE", "se-1")]
    public void A_subscription_differing_in_sku_locale_or_market_is_another_subscription(string sku, string locale, string? externalId)
    {
        using var fixture = new EmulatorFixture("memory");
        var contact = fixture.Contact("a@example.com");
        var first = fixture.Emulator.Subscriptions.Create(new NewSubscription(contact.Id, "SKU-1", "sv-SE", "SE-1"));

        var second = fixture.Emulator.Subscriptions.Create(new NewSubscription(contact.Id, sku, locale, externalId));

        second.Id.Should().NotBe(first.Id);
        second.Should().Match<Subscription>(s => s.Sku == sku && s.Locale == locale && s.ExternalId == externalId && s.ContactId == contact.Id);
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().HaveCount(2);
    }

    [Fact]
    public void Another_contacts_same_wish_is_another_subscription()
    {
        using var fixture = new EmulatorFixture("memory");
        var first = fixture.Emulator.Subscriptions.Create(new NewSubscription(fixture.Contact("a@example.com").Id, "SKU-1", "sv-SE", null));

        fixture.Emulator.Subscriptions.Create(new NewSubscription(fixture.Contact("b@example.com").Id, "SKU-1", "sv-SE", null)).Id.Should().NotBe(first.Id);
    }

    [Fact]
    public void The_overview_pairs_each_subscription_with_its_contacts_email_oldest_first_a_page_at_a_time()
    {
        using var fixture = new EmulatorFixture("memory");
        var a = fixture.Subscribe(fixture.Contact("a@example.com"), "SKU-1", "sv-SE");
        var b = fixture.Subscribe(fixture.Contact("b@example.com"), "SKU-2", "sv-SE");
        var c = fixture.Subscribe(fixture.Contact("c@example.com"), "SKU-3", "sv-SE");

        fixture.Emulator.Subscriptions.Overview(10).Should().Equal((a, "a@example.com"), (b, "b@example.com"), (c, "c@example.com"));
        fixture.Emulator.Subscriptions.Overview(1, 1).Items.Should().Equal((b, "b@example.com"));
        fixture.Emulator.Subscriptions.Overview(2).Should().HaveCount(2);
    }

    [Fact]
    public void The_errors_name_the_missing_contact_or_subscription()
    {
        using var fixture = new EmulatorFixture("memory");
        var ghost = Guid.NewGuid();

        FluentActions.Invoking(() => fixture.Emulator.Subscriptions.Create(new NewSubscription(ghost, "SKU-1", "sv-SE", null))).Should().Throw<EmulatorException>()
            .WithMessage($"No contact has the id {ghost}.");
        FluentActions.Invoking(() => fixture.Emulator.Subscriptions.ListFor(ghost)).Should().Throw<EmulatorException>()
            .Which.Should().Match<EmulatorException>(e => e.Error == ErrorCatalogue.ContactNotFound && e.Message == $"No contact has the id {ghost}.");
        FluentActions.Invoking(() => fixture.Emulator.Subscriptions.Delete(ghost)).Should().Throw<EmulatorException>()
            .WithMessage($"No back-in-stock subscription has the id {ghost}.");
    }

    [Theory]
    [InlineData(201, 5, 1, "$.sku")]
    [InlineData(5, 36, 1, "$.locale")]
    [InlineData(5, 5, 65, "$.externalId")]
    public void A_key_too_long_to_index_is_refused_by_its_path(int skuLength, int localeLength, int externalIdLength, string path)
    {
        using var fixture = new EmulatorFixture("memory");
        var contact = fixture.Contact("a@example.com");

        var create = () => fixture.Emulator.Subscriptions.Create(new NewSubscription(contact.Id, new string('S', skuLength), new string('l', localeLength), new string('E', externalIdLength)));

        create.Should().Throw<EmulatorException>().Which.Fields!.Keys.Should().Equal(path);
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().BeEmpty();
    }

    [Fact]
    public void A_subscription_is_stamped_with_the_emulator_clock()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Clock.Advance(TimeSpan.FromDays(3));

        fixture.Emulator.Subscriptions.Create(new NewSubscription(fixture.Contact("a@example.com").Id, "SKU-1", "sv-SE", null)).CreatedOn.Should().Be(fixture.Clock.GetUtcNow());
    }
}
