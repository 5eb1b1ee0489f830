using BackInStock.Emulator.Automations;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>A contact-attribute condition reads the subscriber (Ada Lovelace, ada@example.com, sv, SE, a Member who accepts email).</summary>
public sealed class ContactAttributeConditionTests
{
    [Theory]
    [InlineData("email", "ADA@example.com")]
    [InlineData("firstName", "ada")]
    [InlineData("lastName", "Lovelace")]
    [InlineData("lang", "sv")]
    [InlineData("countryCode", "se")]
    [InlineData("acceptsEmail", "true")]
    [InlineData("contactType", "member")]
    [InlineData("FIRSTNAME", "Ada")]
    public void Every_contact_attribute_can_be_compared_by_name(string field, string value)
    {
        ConditionContext.Passes(ConditionType.ContactAttribute, "equals", field, value).Should().BeTrue();
        ConditionContext.Passes(ConditionType.ContactAttribute, "notEquals", field, value).Should().BeFalse();
        ConditionContext.Passes(ConditionType.ContactAttribute, "equals", field, "x" + value).Should().BeFalse();
        ConditionContext.Passes(ConditionType.ContactAttribute, "exists", field).Should().BeTrue();
        ConditionContext.Passes(ConditionType.ContactAttribute, "notExists", field).Should().BeFalse();
    }

    [Fact]
    public void A_contact_who_does_not_accept_email_has_acceptsEmail_false()
    {
        var context = ConditionContext.For(contact: ConditionContext.Contact(acceptsEmail: false));

        ConditionContext.Decide(new AutomationCondition(ConditionType.ContactAttribute, "equals", "acceptsEmail", ["false"]), context).Passed.Should().BeTrue();
        ConditionContext.Decide(new AutomationCondition(ConditionType.ContactAttribute, "equals", "acceptsEmail", ["true"]), context).Passed.Should().BeFalse();
    }

    [Fact]
    public void An_attribute_the_contact_does_not_have_has_no_value()
    {
        ConditionContext.Passes(ConditionType.ContactAttribute, "exists", "loyaltyTier").Should().BeFalse();
        ConditionContext.Passes(ConditionType.ContactAttribute, "notExists", "loyaltyTier").Should().BeTrue();
        ConditionContext.Passes(ConditionType.ContactAttribute, "equals", "loyaltyTier", "gold").Should().BeFalse();
        ConditionContext.Passes(ConditionType.ContactAttribute, "notEquals", "loyaltyTier", "gold").Should().BeTrue();
    }

    [Fact]
    public void Without_a_contact_no_attribute_has_a_value()
    {
        var context = ConditionContext.For(noContact: true);

        ConditionContext.Decide(new AutomationCondition(ConditionType.ContactAttribute, "exists", "email"), context).Should().Be((false, "contact email is (none)"));
        ConditionContext.Decide(new AutomationCondition(ConditionType.ContactAttribute, "notEquals", "firstName", ["Ada"]), context).Passed.Should().BeTrue();
    }

    [Theory]
    [InlineData("email", "@EXAMPLE", true)]
    [InlineData("lastName", "love", true)]
    [InlineData("lastName", "hate", false)]
    public void Contains_finds_text_inside_an_attribute(string field, string part, bool passes)
    {
        ConditionContext.Passes(ConditionType.ContactAttribute, "contains", field, part).Should().Be(passes);
    }
}
