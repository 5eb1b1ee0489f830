using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

public sealed class ContactLookupTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void Each_key_finds_its_contact(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var contacts = fixture.Emulator.Contacts;
        var ada = contacts.Create(new NewContact("Ada@example.com") { MobilePhone = "+46735654321", SocialSecurityNumber = "811218-9876", ExternalId = "X-1" });
        contacts.Create(new NewContact("bob@example.com") { MobilePhone = "+46700000000", SocialSecurityNumber = "131052-308T", ExternalId = "X-2" });

        contacts.FindId(new ContactLookup(Email: "ada@EXAMPLE.com")).Should().Be(ada.Id);
        contacts.FindId(new ContactLookup(MobilePhone: "0046 73-565 43 21")).Should().Be(ada.Id);
        contacts.FindId(new ContactLookup(SocialSecurityNumber: "198112189876")).Should().Be(ada.Id);
        contacts.FindId(new ContactLookup(CustomKey: "X-1")).Should().Be(ada.Id);
        FluentActions.Invoking(() => contacts.FindId(new ContactLookup(CustomKey: "x-1")))
            .Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
    }

    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("811218-9876")]
    [InlineData("+46735654321")]
    [InlineData("X-1")]
    public void Any_finds_the_contact_by_whichever_key_its_value_is_valid_for(string any)
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com") { MobilePhone = "+46735654321", SocialSecurityNumber = "811218-9876", ExternalId = "X-1" });

        fixture.Emulator.Contacts.FindId(new ContactLookup(Any: any)).Should().Be(ada.Id);
    }

    [Fact]
    public void Any_stops_at_the_first_key_its_value_is_valid_for_even_when_that_finds_nobody()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Emulator.Contacts.Create(new NewContact("ada@example.com") { ExternalId = "46735654321" });

        var find = () => fixture.Emulator.Contacts.FindId(new ContactLookup(Any: "46735654321"));

        find.Should().Throw<EmulatorException>().Which.Should().Match<EmulatorException>(e =>
            e.Error == ErrorCatalogue.ContactNotFound && e.Message == "No contact has the mobile phone 46735654321.");
    }

    [Fact]
    public void The_first_key_in_the_pages_scan_order_is_the_one_searched()
    {
        using var fixture = new EmulatorFixture("memory");
        var ada = fixture.Emulator.Contacts.Create(new NewContact("ada@example.com") { MobilePhone = "+46735654321" });
        var bob = fixture.Emulator.Contacts.Create(new NewContact("bob@example.com") { ExternalId = "B", SocialSecurityNumber = "811218-9876" });

        fixture.Emulator.Contacts.FindId(new ContactLookup(Email: "ada@example.com", MobilePhone: "+46700000000")).Should().Be(ada.Id);
        fixture.Emulator.Contacts.FindId(new ContactLookup(SocialSecurityNumber: "811218-9876", MobilePhone: "+46735654321")).Should().Be(bob.Id);
        fixture.Emulator.Contacts.FindId(new ContactLookup(MobilePhone: "+46735654321", CustomKey: "B")).Should().Be(ada.Id);
        fixture.Emulator.Contacts.FindId(new ContactLookup(CustomKey: "B", Any: "ada@example.com")).Should().Be(bob.Id);
    }

    [Fact]
    public void Several_matches_are_a_conflict_listing_every_contact_oldest_first()
    {
        using var fixture = new EmulatorFixture("memory");
        var first = fixture.Emulator.Contacts.Create(new NewContact("a@example.com") { MobilePhone = "+46735654321" });
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = fixture.Emulator.Contacts.Create(new NewContact("b@example.com") { MobilePhone = "+46735654321" });

        var find = () => fixture.Emulator.Contacts.FindId(new ContactLookup(MobilePhone: "+46735654321"));

        var refused = find.Should().Throw<EmulatorException>().Which;
        refused.Error.Should().Be(ErrorCatalogue.MultipleMatches);
        refused.Error.Status.Should().Be(409);
        refused.MessageDetails!.MultipleMatchesFound.Should().Equal(first.Id, second.Id);
        refused.Message.Should().Be("2 contacts have the mobile phone +46735654321; messageDetails.multipleMatchesFound lists them.");
    }

    [Fact]
    public void A_contact_type_narrows_the_search_and_an_unknown_type_is_refused()
    {
        using var fixture = new EmulatorFixture("memory");
        fixture.Emulator.Contacts.Create(new NewContact("a@example.com", ContactType: "Contact") { MobilePhone = "+46735654321" });
        var member = fixture.Emulator.Contacts.Create(new NewContact("b@example.com") { MobilePhone = "+46735654321" });

        fixture.Emulator.Contacts.FindId(new ContactLookup(MobilePhone: "+46735654321", ContactType: "member")).Should().Be(member.Id);
        FluentActions.Invoking(() => fixture.Emulator.Contacts.FindId(new ContactLookup(Email: "a@example.com", ContactType: "Member")))
            .Should().Throw<EmulatorException>().WithMessage("No contact of type Member has the email address a@example.com.");
        FluentActions.Invoking(() => fixture.Emulator.Contacts.FindId(new ContactLookup(Email: "a@example.com", ContactType: "VIP")))
            .Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.InvalidContactType);
    }

    [Theory]
    [InlineData("not-an-address", null, null, "InvalidEmailAddress")]
    [InlineData("a@example.com ", null, null, "InvalidEmailAddress")]
    [InlineData(null, "123", null, "InvalidSocialSecurityNumber")]
    [InlineData(null, null, "phone", "InvalidPhoneNumber")]
    [InlineData(null, null, null, "InvalidSearchQuery")]
    public void A_value_not_valid_for_its_key_is_refused_with_the_keys_code(string? email, string? ssn, string? phone, string code)
    {
        using var fixture = new EmulatorFixture("memory");

        var find = () => fixture.Emulator.Contacts.FindId(new ContactLookup(Email: email, SocialSecurityNumber: ssn, MobilePhone: phone));

        find.Should().Throw<EmulatorException>().Which.Error.Should().Match<EmulatorError>(e => e.Code == code && e.Status == 400);
    }
}
