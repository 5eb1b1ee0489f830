using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

/// <summary>What a refused create or lookup says: the path or parameter it blames and why, so a client can show it.</summary>
public sealed class ContactRefusalTests
{
    private static EmulatorException Refusal(Action act) => FluentActions.Invoking(act).Should().Throw<EmulatorException>().Which;

    /// <summary>A valid address of exactly 254 characters, the most an address may have.</summary>
    private static string LongestAddress() =>
        "ada@" + new string('b', 63) + "." + new string('c', 63) + "." + new string('d', 63) + "." + new string('e', 54) + ".com";

    [Fact]
    public void A_missing_key_identifier_is_named_with_its_path_in_the_message_and_the_field()
    {
        using var fixture = new EmulatorFixture("memory");

        var refused = Refusal(() => fixture.Emulator.Contacts.Create(new NewContact(null, FirstName: "Nobody")));

        refused.Message.Should().Be("$.email is required: it is this tenant's key identifier (email).");
        refused.Fields!["$.email"].Should().Equal("is required: it is this tenant's key identifier (email).");
    }

    [Fact]
    public void An_empty_external_id_on_create_is_no_external_id()
    {
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.Contacts.Create(new NewContact("ada@example.com") { ExternalId = "" }).ExternalId.Should().BeNull();
    }

    [Fact]
    public void An_external_id_too_long_to_index_is_refused_at_its_path_on_create()
    {
        using var fixture = new EmulatorFixture("memory");

        var refused = Refusal(() => fixture.Emulator.Contacts.Create(new NewContact("ada@example.com") { ExternalId = new string('x', 65) }));

        refused.Fields.Should().ContainKey("$.externalId");
    }

    [Fact]
    public void An_invalid_mobile_phone_or_social_security_number_on_create_says_what_is_expected()
    {
        using var fixture = new EmulatorFixture("memory");

        Refusal(() => fixture.Emulator.Contacts.Create(new NewContact("a@example.com") { MobilePhone = "12345" })).Fields!["$.mobilePhone"]
            .Should().Equal("must be a phone number: 6 to 15 digits, optionally after a + (spaces and dashes are ignored).");
        Refusal(() => fixture.Emulator.Contacts.Create(new NewContact("a@example.com") { SocialSecurityNumber = "811218-9875" })).Fields!["$.socialSecurityNumber"]
            .Should().Equal("must be a Swedish personal identity number (10 or 12 digits, Luhn-checked) or a Finnish personal identity code.");
    }

    [Fact]
    public void An_external_id_tenant_names_the_external_id_a_second_contact_may_not_take()
    {
        using var fixture = new EmulatorFixture("memory", o => o.Contacts = new ContactOptions { KeyIdentifier = "externalId" });
        var first = fixture.Emulator.Contacts.Create(new NewContact(null) { ExternalId = "M-1" });

        var refused = Refusal(() => fixture.Emulator.Contacts.Create(new NewContact(null) { ExternalId = "M-1" }));

        refused.Message.Should().Be($"The contact {first.Id} already has the external id M-1.");
    }

    [Fact]
    public void Without_a_type_a_contact_is_a_member_wherever_the_tenant_lists_member()
    {
        using var fixture = new EmulatorFixture("memory", o => o.Contacts = new ContactOptions { ContactTypes = ["Contact", "Member"] });

        fixture.Emulator.Contacts.Create(new NewContact("ada@example.com")).ContactType.Should().Be("Member");
    }

    [Fact]
    public void Without_a_type_a_contact_of_a_tenant_without_member_gets_the_first_type()
    {
        using var fixture = new EmulatorFixture("memory", o => o.Contacts = new ContactOptions { ContactTypes = ["Guest", "Staff"] });

        fixture.Emulator.Contacts.Create(new NewContact("ada@example.com")).ContactType.Should().Be("Guest");
    }

    [Fact]
    public void An_address_of_the_longest_allowed_length_is_found()
    {
        using var fixture = new EmulatorFixture("memory");
        var address = LongestAddress();
        var contact = fixture.Emulator.Contacts.Create(new NewContact(address));

        address.Length.Should().Be(254);
        fixture.Emulator.Contacts.FindId(new ContactLookup(Email: address)).Should().Be(contact.Id);
    }

    [Fact]
    public void A_lookup_by_a_key_that_finds_nobody_says_which_key_and_value_it_searched()
    {
        using var fixture = new EmulatorFixture("memory");
        var contacts = fixture.Emulator.Contacts;

        Refusal(() => contacts.FindId(new ContactLookup(SocialSecurityNumber: "811218-9876"))).Message.Should().Be("No contact has the social security number 811218-9876.");
        Refusal(() => contacts.FindId(new ContactLookup(CustomKey: "X-9"))).Message.Should().Be("No contact has the custom key X-9.");
        Refusal(() => contacts.FindId(new ContactLookup(Any: "nobody@example.com"))).Message.Should().Be("No contact has the email address nobody@example.com.");
        Refusal(() => contacts.FindId(new ContactLookup(Any: "811218-9876"))).Message.Should().Be("No contact has the social security number 811218-9876.");
        Refusal(() => contacts.FindId(new ContactLookup(Any: "X-9"))).Message.Should().Be("No contact has the custom key X-9.");
    }

    [Theory]
    [InlineData("not-an-address", null, null, "email", "\"not-an-address\" is not an email address.")]
    [InlineData(null, "123", null, "socialSecurityNumber", "\"123\" is neither a Swedish personal identity number nor a Finnish personal identity code.")]
    [InlineData(null, null, "phone", "mobilePhone", "\"phone\" is not a phone number: 6 to 15 digits, optionally after a +.")]
    public void A_lookup_value_not_valid_for_its_key_blames_its_parameter_and_says_why(string? email, string? ssn, string? phone, string parameter, string why)
    {
        using var fixture = new EmulatorFixture("memory");

        var refused = Refusal(() => fixture.Emulator.Contacts.FindId(new ContactLookup(Email: email, SocialSecurityNumber: ssn, MobilePhone: phone)));

        refused.Message.Should().Be(why);
        refused.Fields.Should().ContainSingle().Which.Key.Should().Be(parameter);
        refused.Fields![parameter].Should().Equal(why);
    }

    [Fact]
    public void A_lookup_without_any_key_names_the_keys_it_takes()
    {
        using var fixture = new EmulatorFixture("memory");

        Refusal(() => fixture.Emulator.Contacts.FindId(new ContactLookup())).Message
            .Should().Be("Send one of email, socialSecurityNumber, mobilePhone, customKey or any.");
    }
}
