using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

public sealed class ContactRulesTests
{
    private static EmulatorFixture WithTypes(params string[] types) =>
        new("memory", o => o.Contacts = new ContactOptions { ContactTypes = [.. types] });

    [Theory]
    [InlineData("Prospect", "Prospect")]
    [InlineData("prospect", "Prospect")]
    [InlineData("", "Member")]
    [InlineData(null, "Member")]
    public void A_contact_keeps_the_type_it_was_given_in_the_tenants_spelling_and_is_a_member_otherwise(string? given, string kept)
    {
        using var fixture = WithTypes("Member", "Prospect");

        fixture.Emulator.Contacts.Create(new NewContact("a@example.com", ContactType: given)).ContactType.Should().Be(kept);
    }

    [Fact]
    public void A_tenant_has_member_and_contact_unless_configured_and_refuses_other_types()
    {
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.Contacts.Create(new NewContact("a@example.com", ContactType: "Contact")).ContactType.Should().Be("Contact");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.Create(new NewContact("b@example.com", ContactType: "Prospect")))
            .Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.InvalidContactType);
    }

    [Fact]
    public void Without_member_in_its_list_a_tenant_defaults_to_its_first_type()
    {
        using var fixture = WithTypes("Newsletter", "Customer");

        fixture.Emulator.Contacts.Create(new NewContact("a@example.com")).ContactType.Should().Be("Newsletter");
    }

    [Fact]
    public void A_contact_keeps_what_it_was_created_with()
    {
        using var fixture = WithTypes("Member", "Prospect");

        var contact = fixture.Emulator.Contacts.Create(new NewContact("A\u0308da@example.com", "Ada", "Lovelace", "sv", "SE", AcceptsEmail: true, "Prospect")
        {
            MobilePhone = "+46 70-123 45 67",
            ExternalId = "ext-1",
            SocialSecurityNumber = "811218-9876",
            AcceptsSms = true,
            Source = "e-com",
            StoreExternalId = "600",
            Consents = [new NewConsent("memberConsent", true, Comment: "form")],
        });

        contact.Should().Match<Contact>(c => c.Email == "\u00C4da@example.com" && c.FirstName == "Ada" && c.LastName == "Lovelace" && c.Lang == "sv"
            && c.CountryCode == "SE" && c.AcceptsEmail && c.CreatedOn == fixture.Clock.GetUtcNow() && c.ModifiedOn == c.CreatedOn
            && c.MobilePhone == "+46701234567" && c.ExternalId == "ext-1" && c.SocialSecurityNumber == "811218-9876" && c.AcceptsSms
            && c.Approved && c.Source == "e-com" && c.StoreExternalId == "600" && c.ContactType == "Prospect");
        contact.Consents.Should().Equal(new Consent("memberConsent", true, fixture.Clock.GetUtcNow(), "e-com", "form"));
        fixture.Emulator.Contacts.Get(contact.Id).Should().Be(contact);
    }

    [Fact]
    public void A_consent_sent_twice_keeps_the_last_and_keeps_its_own_date_and_source()
    {
        using var fixture = new EmulatorFixture("memory");
        var given = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var contact = fixture.Emulator.Contacts.Create(new NewContact("a@example.com")
        {
            Source = "POS",
            Consents = [new NewConsent("c1", true), new NewConsent("c2", false, given, "app"), new NewConsent("c1", false)],
        });

        contact.Consents.Should().Equal(
            new Consent("c1", false, fixture.Clock.GetUtcNow(), "POS", null),
            new Consent("c2", false, given, "app", null));
    }

    [Fact]
    public void An_unapproved_contact_is_left_out_of_the_count_until_a_preference_approves_it()
    {
        using var fixture = new EmulatorFixture("memory");
        var contacts = fixture.Emulator.Contacts;
        contacts.Create(new NewContact("approved@example.com"));
        var pending = contacts.Create(new NewContact("pending@example.com") { CreateAsUnapproved = true });

        pending.Approved.Should().BeFalse();
        contacts.Count().Should().Be(1);

        contacts.SetAcceptsSms(pending.Id, true).Should().Match<Contact>(c => c.Approved && c.AcceptsSms && !c.AcceptsEmail);
        contacts.Count().Should().Be(2);
    }

    [Fact]
    public void Setting_email_consent_approves_and_moves_the_modified_time_but_not_the_created_time()
    {
        using var fixture = new EmulatorFixture("memory");
        var contact = fixture.Emulator.Contacts.Create(new NewContact("a@example.com") { CreateAsUnapproved = true });
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var changed = fixture.Emulator.Contacts.SetAcceptsEmail(contact.Id, true);

        changed.Should().Match<Contact>(c => c.AcceptsEmail && c.Approved && c.CreatedOn == contact.CreatedOn && c.ModifiedOn == fixture.Clock.GetUtcNow());
        fixture.Emulator.Contacts.SetAcceptsEmail(contact.Id, false).AcceptsEmail.Should().BeFalse();
    }

    [Fact]
    public void Changing_the_type_takes_the_tenants_spelling_and_refuses_an_unknown_type()
    {
        using var fixture = new EmulatorFixture("memory");
        var contact = fixture.Emulator.Contacts.Create(new NewContact("a@example.com", ContactType: "Contact"));

        fixture.Emulator.Contacts.ChangeType(contact.Id, "member").ContactType.Should().Be("Member");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.ChangeType(contact.Id, "VIP"))
            .Should().Throw<EmulatorException>().WithMessage("The contact type \"VIP\" does not exist; this tenant has Member, Contact.");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.ChangeType(Guid.NewGuid(), "Member"))
            .Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
    }

    [Fact]
    public void The_errors_name_the_contact_and_the_address()
    {
        using var fixture = new EmulatorFixture("memory");
        var existing = fixture.Emulator.Contacts.Create(new NewContact("once@example.com"));
        var ghost = Guid.NewGuid();

        FluentActions.Invoking(() => fixture.Emulator.Contacts.Create(new NewContact("ONCE@example.com"))).Should().Throw<EmulatorException>()
            .WithMessage($"The contact {existing.Id} already has the email address once@example.com.");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.Get(ghost)).Should().Throw<EmulatorException>().WithMessage($"No contact has the id {ghost}.");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.IdByEmail("nobody@example.com")).Should().Throw<EmulatorException>()
            .WithMessage("No contact has the email address nobody@example.com.");
    }
}
