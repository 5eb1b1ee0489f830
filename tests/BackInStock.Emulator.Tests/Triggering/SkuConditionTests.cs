using BackInStock.Emulator.Automations;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>The subscription waits for SKU-1 in sv-SE, market SE-1. A SKU is a member of a set or starts with a prefix, exactly; a locale is matched ignoring case.</summary>
public sealed class SkuConditionTests
{
    [Theory]
    [InlineData("in", new[] { "SKU-" }, false)] // a prefix is not a member
    [InlineData("startsWith", new[] { "SKU-" }, true)]
    [InlineData("in", new[] { "SKU-2", "SKU-1" }, true)]
    [InlineData("startsWith", new[] { "KU-1" }, false)] // contained, but not at the start
    [InlineData("startsWith", new[] { "-1" }, false)] // a suffix is not a prefix
    [InlineData("startsWith", new[] { "ABC", "SKU" }, true)] // any one prefix is enough
    [InlineData("startsWith", new[] { "SKU", "ABC" }, true)]
    [InlineData("startsWith", new[] { "ABC", "XYZ" }, false)]
    [InlineData("startsWith", new[] { "sku-" }, false)] // exact letter case
    [InlineData("in", new[] { "sku-1" }, false)]
    [InlineData("notIn", new[] { "SKU-2" }, true)]
    [InlineData("notIn", new[] { "SKU-2", "SKU-1" }, false)]
    [InlineData("notIn", new[] { "SKU-" }, true)]
    public void A_sku_condition_tells_membership_from_a_prefix(string op, string[] values, bool passes)
    {
        ConditionContext.Passes(ConditionType.Sku, op, null, values).Should().Be(passes);
    }

    [Fact]
    public void The_log_names_the_sku_and_the_values_it_was_compared_with()
    {
        ConditionContext.Decide(new AutomationCondition(ConditionType.Sku, "startsWith", Values: ["ABC", "SKU"])).Detail
            .Should().Be("sku SKU-1 starts with one of [ABC, SKU]");
        ConditionContext.Decide(new AutomationCondition(ConditionType.Sku, "in", Values: ["SKU-2", "SKU-3"])).Detail
            .Should().Be("sku \"SKU-1\" is not in [SKU-2, SKU-3]");
        ConditionContext.Decide(new AutomationCondition(ConditionType.Sku, "notIn", Values: ["SKU-1"])).Detail
            .Should().Be("sku \"SKU-1\" is in [SKU-1]");
    }

    [Theory]
    [InlineData("in", new[] { "SV-se" }, true)]
    [InlineData("in", new[] { "pl-PL", "sv-se" }, true)]
    [InlineData("in", new[] { "sv" }, false)]
    [InlineData("notIn", new[] { "SV-SE" }, false)]
    [InlineData("notIn", new[] { "pl-PL" }, true)]
    public void A_locale_condition_ignores_letter_case(string op, string[] values, bool passes)
    {
        ConditionContext.Passes(ConditionType.Locale, op, null, values).Should().Be(passes);
    }

    [Fact]
    public void The_log_says_whether_the_locale_is_in_the_list()
    {
        ConditionContext.Decide(new AutomationCondition(ConditionType.Locale, "in", Values: ["sv-se"])).Detail.Should().Be("locale \"sv-SE\" is in [sv-se]");
        ConditionContext.Decide(new AutomationCondition(ConditionType.Locale, "notIn", Values: ["pl-PL"])).Detail.Should().Be("locale \"sv-SE\" is not in [pl-PL]");
    }

    [Theory]
    [InlineData("SE-1", "exists", new string[0], true)]
    [InlineData("SE-1", "notExists", new string[0], false)]
    [InlineData(null, "exists", new string[0], false)]
    [InlineData(null, "notExists", new string[0], true)]
    [InlineData("SE-1", "in", new[] { "SE-1" }, true)]
    [InlineData("SE-1", "in", new[] { "se-1" }, false)]
    [InlineData("SE-1", "notIn", new[] { "NO-1" }, true)]
    [InlineData(null, "in", new[] { "SE-1" }, false)]
    [InlineData(null, "notIn", new[] { "SE-1" }, true)]
    public void An_external_id_condition_reads_the_subscriptions_market(string? externalId, string op, string[] values, bool passes)
    {
        var context = ConditionContext.For(subscription: ConditionContext.Subscription(externalId: externalId));

        ConditionContext.Decide(new AutomationCondition(ConditionType.ExternalId, op, Values: values), context).Passed.Should().Be(passes);
    }

    [Fact]
    public void An_external_id_condition_without_values_still_decides_exists()
    {
        var context = ConditionContext.For(subscription: ConditionContext.Subscription(externalId: "SE-1"));

        ConditionContext.Decide(new AutomationCondition(ConditionType.ExternalId, "exists"), context).Should().Be((true, "externalId is \"SE-1\""));
        ConditionContext.Decide(new AutomationCondition(ConditionType.ExternalId, "notExists"), ConditionContext.For(subscription: ConditionContext.Subscription(externalId: null)))
            .Should().Be((true, "externalId is (none)"));
    }

    [Fact]
    public void The_log_says_whether_the_external_id_is_in_the_list()
    {
        ConditionContext.Decide(new AutomationCondition(ConditionType.ExternalId, "in", Values: ["SE-1", "NO-1"])).Detail.Should().Be("externalId \"SE-1\" is in [SE-1, NO-1]");
        ConditionContext.Decide(new AutomationCondition(ConditionType.ExternalId, "notIn", Values: ["SE-1"]), ConditionContext.For(subscription: ConditionContext.Subscription(externalId: null)))
            .Should().Be((true, "externalId (none) is not in [SE-1]"));
    }

    [Fact]
    public void A_condition_of_a_type_the_trigger_does_not_know_never_passes()
    {
        ConditionContext.Decide(new AutomationCondition((ConditionType)99, "in", Values: ["x"])).Should().Be((false, "unknown condition type 99"));
    }
}
