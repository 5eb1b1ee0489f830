using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

public sealed class ContactUpdateTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void An_update_changes_what_is_sent_clears_what_is_empty_and_keeps_the_rest(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var contact = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com", "Ada", "Lovelace", "en", "GB", AcceptsEmail: true) { ExternalId = "X" });
        fixture.Clock.Advance(TimeSpan.FromHours(1));

        var changed = fixture.Emulator.Contacts.Update(contact.Id, new ContactChanges
        {
            LastName = "King",
            MobilePhone = "+46 735 654 321",
            Lang = "",
            ExternalId = "",
            AcceptsSms = true,
        });

        changed.Should().Be(contact with
        {
            LastName = "King",
            MobilePhone = "+46735654321",
            Lang = null,
            ExternalId = null,
            AcceptsSms = true,
            ModifiedOn = fixture.Clock.GetUtcNow(),
        });
        fixture.Emulator.Contacts.Get(contact.Id).Should().Be(changed);
    }

    [Fact]
    public void The_email_key_can_change_but_not_be_emptied_nor_taken_from_another_contact()
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com"));
        var bob = fixture.Emulator.Contacts.Create(new NewContact("bob@example.com"));

        fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { Email = "ADA@example.com" }).Email.Should().Be("ADA@example.com");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { Email = "" }))
            .Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$.email");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { Email = "Bob@example.com" }))
            .Should().Throw<EmulatorException>().WithMessage($"The contact {bob.Id} already has the email address bob@example.com.");
        fixture.Emulator.Contacts.IdByEmail("ada@example.com").Should().Be(ada.Id);
    }

    [Fact]
    public void An_update_refuses_an_invalid_phone_and_an_unknown_contact()
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com"));

        FluentActions.Invoking(() => fixture.Emulator.Contacts.Update(ada.Id, new ContactChanges { MobilePhone = "call me" }))
            .Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$.mobilePhone");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.Update(Guid.NewGuid(), new ContactChanges { FirstName = "X" }))
            .Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
    }
}
