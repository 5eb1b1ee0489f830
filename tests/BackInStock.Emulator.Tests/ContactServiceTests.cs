using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

public sealed class ContactServiceTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void A_contact_is_found_by_email_ignoring_case_and_read_by_id(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var contacts = fixture.Emulator.Contacts;

        var created = contacts.Create(new NewContact("John.Doe@Voyado.com", Lang: "en", CountryCode: "US", AcceptsEmail: true));

        contacts.IdByEmail("john.doe@voyado.com").Should().Be(created.Id);
        contacts.Get(created.Id).Should().Be(created);
        created.ContactType.Should().Be(ContactService.DefaultContactType);
        created.CreatedOn.Should().Be(fixture.Clock.GetUtcNow());
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void An_email_address_identifies_one_contact(string store)
    {
        using var fixture = new EmulatorFixture(store);
        fixture.Emulator.Contacts.Create(new NewContact("once@example.com"));

        var again = () => fixture.Emulator.Contacts.Create(new NewContact("ONCE@example.com"));

        again.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ApprovedContactWithKeyExists);
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void Unknown_contacts_are_ContactNotFound(string store)
    {
        using var fixture = new EmulatorFixture(store);

        var byId = () => fixture.Emulator.Contacts.Get(Guid.NewGuid());
        var byEmail = () => fixture.Emulator.Contacts.IdByEmail("nobody@example.com");

        byId.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
        byEmail.Should().Throw<EmulatorException>().Which.Error.Code.Should().Be("ContactNotFound");
    }
}
