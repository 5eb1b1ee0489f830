using BackInStock.Emulator.Contacts;

namespace BackInStock.Emulator.Tests;

/// <summary>Two reads of one stored contact are equal; contacts that differ in any attribute are not.</summary>
public sealed class ContactEqualityTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static Contact Ada() =>
        new(Guid.Parse("0193a000-0000-7000-8000-000000000001"), "ada@example.com", "Ada", "Lovelace", "en", "GB", true, "Member", Created)
        {
            MobilePhone = "+46735654321",
            Consents = [new Consent("memberConsent", true, Created, "ecom", null)],
        };

    [Fact]
    public void A_contact_read_from_older_data_without_an_approved_flag_is_approved()
    {
        var contact = new Contact(Guid.NewGuid(), "old@example.com", null, null, null, null, false, "Member", Created);

        contact.Approved.Should().BeTrue();
        contact.ModifiedOn.Should().Be(Created);
    }

    [Fact]
    public void Contacts_with_the_same_attributes_and_consents_are_equal_though_their_lists_are_two()
    {
        var first = Ada();
        var second = Ada();

        first.Consents.Should().NotBeSameAs(second.Consents);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Contacts_differing_only_in_a_first_version_attribute_are_not_equal()
    {
        Ada().Should().NotBe(Ada() with { FirstName = "Augusta" });
    }

    [Fact]
    public void Contacts_differing_only_in_a_later_attribute_are_not_equal()
    {
        Ada().Should().NotBe(Ada() with { MobilePhone = "+46700000000" });
    }

    [Fact]
    public void Contacts_differing_only_in_their_consents_are_not_equal()
    {
        Ada().Should().NotBe(Ada() with { Consents = [new Consent("memberConsent", false, Created, "ecom", null)] });
    }

    [Fact]
    public void A_contact_is_not_equal_to_null()
    {
        Ada().Equals(null).Should().BeFalse();
    }
}
