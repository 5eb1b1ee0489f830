using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("Prospect", "Prospect")]
    [InlineData("", "Member")]
    [InlineData(null, "Member")]
    public void A_contact_keeps_the_type_it_was_given_and_is_a_member_otherwise(string? given, string kept)
    {
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.Contacts.Create(new NewContact("a@example.com", ContactType: given)).ContactType.Should().Be(kept);
    }

    [Fact]
    public void A_contact_keeps_what_it_was_created_with()
    {
        using var fixture = new EmulatorFixture("memory");

        var contact = fixture.Emulator.Contacts.Create(new NewContact("A\u0308da@example.com", "Ada", "Lovelace", "sv", "SE", AcceptsEmail: true, "Prospect"));

        contact.Should().Match<Contact>(c => c.Email == "\u00C4da@example.com" && c.FirstName == "Ada" && c.LastName == "Lovelace" && c.Lang == "sv"
            && c.CountryCode == "SE" && c.AcceptsEmail && c.CreatedOn == fixture.Clock.GetUtcNow());
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
