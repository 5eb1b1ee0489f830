using BackInStock.Emulator.Contacts;

namespace BackInStock.Emulator.Tests.Accelerator;

/// <summary>The accelerator's storefront subscribe: find the contact by email or create it from the locale, then subscribe it.</summary>
public sealed class AcceleratorServiceTests
{
    [Fact]
    public void A_new_email_creates_a_contact_whose_language_and_country_come_from_the_locale()
    {
        using var fixture = new EmulatorFixture("memory");

        var result = fixture.Emulator.Accelerator.Subscribe("new@example.com", "SKU-1", acceptEmail: true, "sv-SE", "4");

        result.ContactCreated.Should().BeTrue();
        result.Contact.Should().Match<Contact>(c => c.Email == "new@example.com" && c.Lang == "sv" && c.CountryCode == "SE" && c.AcceptsEmail && c.ContactType == "Member");
        result.Subscription.Should().Match<Subscriptions.Subscription>(s => s.ContactId == result.Contact.Id && s.Sku == "SKU-1" && s.Locale == "sv-SE" && s.ExternalId == "4");
        fixture.Emulator.Contacts.Get(result.Contact.Id).Should().Be(result.Contact);
    }

    [Fact]
    public void A_known_email_in_any_letter_case_subscribes_the_contact_it_has_and_leaves_it_as_it_was()
    {
        using var fixture = new EmulatorFixture("memory");
        var known = fixture.Emulator.Contacts.Create(new NewContact("known@example.com", Lang: "en", CountryCode: "US", AcceptsEmail: false));

        var result = fixture.Emulator.Accelerator.Subscribe("KNOWN@example.com", "SKU-1", acceptEmail: true, "pl-PL", "7");

        result.ContactCreated.Should().BeFalse();
        result.Contact.Should().Be(known);
        fixture.Emulator.Subscriptions.ListFor(known.Id).Should().ContainSingle().Which.Should().Be(result.Subscription);
    }

    [Fact]
    public void A_storefront_that_does_not_ask_for_consent_creates_a_contact_that_does_not_accept_email()
    {
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.Accelerator.Subscribe("quiet@example.com", "SKU-1", acceptEmail: false, "de-DE", "4").Contact.AcceptsEmail.Should().BeFalse();
    }

    [Fact]
    public void A_subscription_refused_creates_no_contact_either()
    {
        using var fixture = new EmulatorFixture("memory");

        var subscribe = () => fixture.Emulator.Accelerator.Subscribe("half@example.com", new string('S', 2000), acceptEmail: true, "sv-SE", "4");

        subscribe.Should().Throw<Errors.EmulatorException>();
        FluentActions.Invoking(() => fixture.Emulator.Contacts.IdByEmail("half@example.com")).Should().Throw<Errors.EmulatorException>();
    }
}
