using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Receipts;

namespace BackInStock.Emulator.Tests.Receipts;

/// <summary>
/// How a receipt finds its contact (Voyado's "Receipts - field definitions"): by any of Engage's match keys,
/// the key type read ignoring case, among contacts of the receipt's contactType (Member unless given; a
/// contactId needs none). Several contacts sharing a key are MultipleMatches, none ContactNotFound.
/// </summary>
public sealed class ReceiptMatchKeyTests : IDisposable
{
    private static readonly DateTimeOffset Bought = new(2026, 11, 20, 10, 15, 0, TimeSpan.FromHours(1));

    private readonly EmulatorFixture _fixture = new("memory");

    private Contact Contact(string email, string? phone = null, string? externalId = null, string? ssn = null, string? type = null) =>
        _fixture.Emulator.Contacts.Create(new NewContact(email, ContactType: type) { MobilePhone = phone, ExternalId = externalId, SocialSecurityNumber = ssn });

    private Receipt Register(string matchKey, string matchKeyType, string? contactType = null, string id = "R-1") =>
        _fixture.Emulator.Receipts.Register(matchKey, matchKeyType, id, Bought, [new ReceiptItem("PURCHASE", "SKU-1", 1)], contactType);

    [Theory]
    [InlineData("contactId")]
    [InlineData("ContactId")]
    [InlineData("email")]
    [InlineData("Email")]
    [InlineData("mobilePhone")]
    [InlineData("MOBILEPHONE")]
    [InlineData("externalId")]
    [InlineData("ExternalId")]
    [InlineData("socialSecurityNumber")]
    [InlineData("SocialSecurityNumber")]
    public void Each_of_engages_keys_finds_the_contact_whatever_the_case_of_its_type(string matchKeyType)
    {
        _fixture.Contact("decoy@example.com");
        var contact = Contact("buyer@example.com", phone: "+46735654321", externalId: "EXT-7", ssn: "198112189876");
        var matchKey = matchKeyType.ToLowerInvariant() switch
        {
            "contactid" => contact.Id.ToString(),
            "email" => "Buyer@Example.com",
            "mobilephone" => "0046 73 565 43 21",
            "externalid" => "EXT-7",
            _ => "19811218-9876",
        };

        var receipt = Register(matchKey, matchKeyType);

        receipt.ContactId.Should().Be(contact.Id);
        _fixture.Emulator.Receipts.Of(contact.Id).Should().ContainSingle();
    }

    [Theory]
    [InlineData("memberNumber", "1234")]
    [InlineData("mobilePhone", "call-me")]
    [InlineData("socialSecurityNumber", "not-a-number")]
    [InlineData("contactId", "not-a-guid")]
    [InlineData("externalId", "EXT-unknown")]
    [InlineData("cardId", "buyer@example.com")]
    public void A_key_that_finds_nobody_is_contact_not_found_and_stores_nothing(string matchKeyType, string matchKey)
    {
        var contact = Contact("buyer@example.com", phone: "+46735654321", externalId: "EXT-7");

        var register = () => Register(matchKey, matchKeyType);

        register.Should().Throw<EmulatorException>().Which.Should().Match<EmulatorException>(e =>
            e.Error == ErrorCatalogue.ContactNotFound && e.Message == $"No contact matches {matchKeyType} '{matchKey}'.");
        _fixture.Emulator.Receipts.Of(contact.Id).Should().BeEmpty();
    }

    [Fact]
    public void Without_a_contact_type_only_members_match_and_a_given_type_matches_ignoring_case()
    {
        var guest = Contact("guest@example.com", type: "Contact");

        var asMember = () => Register("guest@example.com", "email");
        var asContact = Register("guest@example.com", "email", contactType: "contact");

        asMember.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
        asContact.ContactId.Should().Be(guest.Id);
    }

    [Fact]
    public void A_contact_id_finds_a_contact_of_any_type_unless_another_type_is_named()
    {
        var guest = Contact("guest@example.com", type: "Contact");

        var byId = Register(guest.Id.ToString(), "contactId");
        var wrongType = () => Register(guest.Id.ToString(), "contactId", contactType: "Member", id: "R-2");

        byId.ContactId.Should().Be(guest.Id);
        wrongType.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
    }

    [Fact]
    public void A_phone_two_members_share_is_multiple_matches_listing_both_oldest_first()
    {
        var first = Contact("a@example.com", phone: "+46700000001");
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = Contact("b@example.com", phone: "+46700000001");
        Contact("c@example.com", phone: "+46700000001", type: "Contact");

        var register = () => Register("+46700000001", "mobilePhone");

        var refused = register.Should().Throw<EmulatorException>().Which;
        refused.Error.Should().Be(ErrorCatalogue.MultipleMatches);
        refused.MessageDetails!.MultipleMatchesFound.Should().Equal(first.Id, second.Id);
        refused.Message.Should().Be("2 contacts of type Member have the mobilePhone '+46700000001'; messageDetails.multipleMatchesFound lists them.");
        _fixture.Emulator.Receipts.Of(first.Id).Should().BeEmpty();
    }

    public void Dispose() => _fixture.Dispose();
}
