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
    public void The_composed_and_decomposed_spellings_of_an_address_are_one_contact(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var created = fixture.Emulator.Contacts.Create(new NewContact("A\u0308nna@example.com"));

        created.Email.Should().Be("\u00C4nna@example.com");
        fixture.Emulator.Contacts.IdByEmail("\u00E4NNA@example.com").Should().Be(created.Id);
        var again = () => fixture.Emulator.Contacts.Create(new NewContact("\u00C4nna@example.com"));
        again.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ApprovedContactWithKeyExists);
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void An_address_with_the_kelvin_sign_is_not_the_contact_of_its_ascii_look_alike(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var ascii = fixture.Emulator.Contacts.Create(new NewContact("kim@example.com"));

        var kelvin = fixture.Emulator.Contacts.Create(new NewContact("\u212Aim@example.com"));

        kelvin.Id.Should().NotBe(ascii.Id);
        kelvin.Email.Should().Be("\u212Aim@example.com");
        fixture.Emulator.Contacts.IdByEmail("Kim@example.com").Should().Be(ascii.Id);
        fixture.Emulator.Contacts.IdByEmail("\u212AIM@EXAMPLE.COM").Should().Be(kelvin.Id);
    }

    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void An_address_too_long_to_index_is_a_validation_error(string store)
    {
        using var fixture = new EmulatorFixture(store);

        var create = () => fixture.Emulator.Contacts.Create(new NewContact(new string('a', 250) + "@example.com"));

        create.Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$.email");
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
