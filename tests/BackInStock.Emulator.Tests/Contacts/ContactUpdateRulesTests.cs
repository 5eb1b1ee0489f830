using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

/// <summary>An update changes each attribute it sends, leaves each one it does not, and refuses what the create refuses.</summary>
public sealed class ContactUpdateRulesTests
{
    private static EmulatorException Refusal(Action act) => FluentActions.Invoking(act).Should().Throw<EmulatorException>().Which;

    [Fact]
    public void An_update_changes_the_first_name_country_and_email_acceptance_it_sends()
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com", "Ada", CountryCode: "GB", AcceptsEmail: true));

        var changed = fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { FirstName = "Augusta", CountryCode = "SE", AcceptsEmail = false });

        changed.Should().Match<Contact>(c => c.FirstName == "Augusta" && c.CountryCode == "SE" && !c.AcceptsEmail);
    }

    [Fact]
    public void An_update_that_does_not_send_the_phone_or_social_security_number_keeps_them()
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com") { MobilePhone = "+46735654321", SocialSecurityNumber = "811218-9876" });

        var changed = fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { LastName = "King" });

        changed.MobilePhone.Should().Be("+46735654321");
        changed.SocialSecurityNumber.Should().Be("811218-9876");
    }

    [Fact]
    public void An_update_changes_the_social_security_number_it_sends_and_refuses_an_invalid_one()
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com") { SocialSecurityNumber = "811218-9876" });

        fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { SocialSecurityNumber = " 131052-308T " }).SocialSecurityNumber.Should().Be("131052-308T");
        Refusal(() => fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { SocialSecurityNumber = "811218-9875" })).Fields!["$.socialSecurityNumber"]
            .Should().Equal("must be a Swedish personal identity number (10 or 12 digits, Luhn-checked) or a Finnish personal identity code.");
    }

    [Fact]
    public void An_update_refuses_an_email_or_external_id_too_long_to_index_at_its_path()
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com"));
        var tooLong = "ada@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 63) + "." + new string('e', 55) + ".com";

        Refusal(() => fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { Email = tooLong })).Fields.Should().ContainKey("$.email");
        Refusal(() => fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { ExternalId = new string('x', 65) })).Fields.Should().ContainKey("$.externalId");
        fixture.Emulator.Contacts.Get(ada.Id).Should().Be(ada);
    }

    [Fact]
    public void Emptying_the_key_identifier_says_it_is_the_tenants_key()
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com"));

        Refusal(() => fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { Email = "" })).Message
            .Should().Be("$.email must not be emptied: it is this tenant's key identifier (email).");
    }
}
