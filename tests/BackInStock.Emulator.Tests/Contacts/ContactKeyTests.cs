using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

public sealed class ContactKeyTests
{
    private static EmulatorFixture Keyed(string key, string store = "memory") =>
        new(store, o => o.Contacts = new ContactOptions { KeyIdentifier = key });

    [Theory]
    [InlineData("email", "$.email")]
    [InlineData("mobilePhone", "$.mobilePhone")]
    [InlineData("externalId", "$.externalId")]
    [InlineData("SOCIALSECURITYNUMBER", "$.socialSecurityNumber")]
    public void The_tenants_key_identifier_is_required_on_create(string key, string path)
    {
        using var fixture = Keyed(key);

        var create = () => fixture.Emulator.Contacts.Create(new NewContact(null, FirstName: "Nobody"));

        create.Should().Throw<EmulatorException>().Which.Should().Match<EmulatorException>(e =>
            e.Error == ErrorCatalogue.ValidationError && e.Fields!.ContainsKey(path) && e.Fields.Count == 1);
    }

    [Fact]
    public void A_mobile_phone_tenant_creates_contacts_without_an_email_and_refuses_a_second_contact_with_the_number()
    {
        using var fixture = Keyed("mobilePhone");
        var first = fixture.Emulator.Contacts.Create(new NewContact(null) { MobilePhone = "+46735654321" });

        first.Email.Should().BeNull();
        var again = () => fixture.Emulator.Contacts.Create(new NewContact("other@example.com") { MobilePhone = "0046 73 565 43 21" });

        again.Should().Throw<EmulatorException>().Which.Should().Match<EmulatorException>(e =>
            e.Error == ErrorCatalogue.ApprovedContactWithKeyExists && e.Message == $"The contact {first.Id} already has the mobile phone +46735654321.");
    }

    [Fact]
    public void Outside_an_email_tenant_two_contacts_may_share_an_address()
    {
        using var fixture = Keyed("externalId");

        fixture.Emulator.Contacts.Create(new NewContact("shared@example.com") { ExternalId = "A" });
        var second = fixture.Emulator.Contacts.Create(new NewContact("SHARED@example.com") { ExternalId = "B" });

        second.Email.Should().Be("SHARED@example.com");
    }

    [Fact]
    public void An_email_tenant_lets_contacts_share_a_mobile_phone()
    {
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.Contacts.Create(new NewContact("a@example.com") { MobilePhone = "+46735654321" });
        var second = fixture.Emulator.Contacts.Create(new NewContact("b@example.com") { MobilePhone = "+46735654321" });

        second.MobilePhone.Should().Be("+46735654321");
    }

    [Fact]
    public void A_social_security_number_is_one_key_in_its_short_and_long_spellings()
    {
        using var fixture = Keyed("socialSecurityNumber");
        var first = fixture.Emulator.Contacts.Create(new NewContact(null) { SocialSecurityNumber = "198112189876" });

        var again = () => fixture.Emulator.Contacts.Create(new NewContact(null) { SocialSecurityNumber = "811218-9876" });

        again.Should().Throw<EmulatorException>().WithMessage($"The contact {first.Id} already has the social security number 8112189876.");
        first.SocialSecurityNumber.Should().Be("198112189876");
    }

    [Theory]
    [InlineData("12345", "$.mobilePhone")]
    [InlineData("+46 73x", "$.mobilePhone")]
    public void An_invalid_mobile_phone_is_refused_at_its_path(string phone, string path)
    {
        using var fixture = new EmulatorFixture("memory");

        var create = () => fixture.Emulator.Contacts.Create(new NewContact("a@example.com") { MobilePhone = phone });

        create.Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey(path);
    }

    [Fact]
    public void An_invalid_social_security_number_is_refused_at_its_path()
    {
        using var fixture = new EmulatorFixture("memory");

        var create = () => fixture.Emulator.Contacts.Create(new NewContact("a@example.com") { SocialSecurityNumber = "811218-9875" });

        create.Should().Throw<EmulatorException>().Which.Fields.Should().ContainKey("$.socialSecurityNumber");
    }

    [Fact]
    public async Task Concurrent_contacts_with_one_mobile_phone_key_end_as_one_contact()
    {
        using var fixture = Keyed("mobilePhone", "file");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
        {
            try
            {
                return fixture.Emulator.Contacts.Create(new NewContact($"racer{i}@example.com") { MobilePhone = i % 2 == 0 ? "+46735654321" : "0046735654321" }).Id;
            }
            catch (EmulatorException)
            {
                return Guid.Empty;
            }
        })));

        attempts.Where(id => id != Guid.Empty).Should().ContainSingle();
        fixture.Emulator.Contacts.FindId(new ContactLookup(MobilePhone: "+46735654321")).Should().Be(attempts.Single(id => id != Guid.Empty));
    }

    [Fact]
    public void An_unknown_key_identifier_names_the_ones_allowed()
    {
        var key = () => new ContactOptions { KeyIdentifier = "memberNumber" }.Key;

        key.Should().Throw<InvalidOperationException>().WithMessage("*memberNumber*email, mobilePhone, externalId or socialSecurityNumber*");
    }
}
