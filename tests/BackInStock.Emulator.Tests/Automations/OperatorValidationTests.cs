using BackInStock.Emulator.Automations;

namespace BackInStock.Emulator.Tests.Automations;

/// <summary>Which operators each condition type accepts, and what else a condition needs before it is stored.</summary>
public sealed class OperatorValidationTests
{
    public static TheoryData<ConditionType, string> EveryOperator => new()
    {
        { ConditionType.Locale, "in" }, { ConditionType.Locale, "notIn" },
        { ConditionType.Quantity, "greaterThan" }, { ConditionType.Quantity, "greaterThanOrEqual" }, { ConditionType.Quantity, "lessThan" },
        { ConditionType.Quantity, "lessThanOrEqual" }, { ConditionType.Quantity, "equals" },
        { ConditionType.Sku, "in" }, { ConditionType.Sku, "notIn" }, { ConditionType.Sku, "startsWith" },
        { ConditionType.ExternalId, "in" }, { ConditionType.ExternalId, "notIn" }, { ConditionType.ExternalId, "exists" }, { ConditionType.ExternalId, "notExists" },
        { ConditionType.ProductData, "equals" }, { ConditionType.ProductData, "notEquals" }, { ConditionType.ProductData, "contains" },
        { ConditionType.ProductData, "greaterThan" }, { ConditionType.ProductData, "lessThan" }, { ConditionType.ProductData, "exists" }, { ConditionType.ProductData, "notExists" },
        { ConditionType.SubscriptionTime, "olderThan" }, { ConditionType.SubscriptionTime, "newerThan" },
        { ConditionType.Purchase, "notPurchasedWithin" }, { ConditionType.Purchase, "purchasedWithin" },
        { ConditionType.ContactAttribute, "equals" }, { ConditionType.ContactAttribute, "notEquals" }, { ConditionType.ContactAttribute, "contains" },
        { ConditionType.ContactAttribute, "greaterThan" }, { ConditionType.ContactAttribute, "lessThan" }, { ConditionType.ContactAttribute, "exists" }, { ConditionType.ContactAttribute, "notExists" },
    };

    private static AutomationCondition Complete(ConditionType type, string op) => type switch
    {
        ConditionType.SubscriptionTime or ConditionType.Purchase => new(type, op, Days: 7),
        ConditionType.ProductData or ConditionType.ContactAttribute => new(type, op, "brand", op is "exists" or "notExists" ? null : ["10"]),
        _ => new(type, op, Values: op is "exists" or "notExists" ? null : ["10"]),
    };

    private static Dictionary<string, List<string>> Problems(AutomationCondition condition) =>
        ConditionOperators.Problems(condition).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToList());

    [Theory]
    [MemberData(nameof(EveryOperator))]
    public void Every_operator_of_every_type_is_accepted_with_what_it_needs(ConditionType type, string op)
    {
        Problems(Complete(type, op)).Should().BeEmpty();
        ConditionOperators.ByType[type].Should().Contain(op);
    }

    [Fact]
    public void Each_type_accepts_exactly_its_own_operators()
    {
        foreach (var type in Enum.GetValues<ConditionType>())
        {
            ConditionOperators.ByType[type].Should().BeEquivalentTo(EveryOperator.Where(row => (ConditionType)row[0] == type).Select(row => (string)row[1]));
        }
    }

    [Theory]
    [InlineData(ConditionType.Locale, "startsWith")]
    [InlineData(ConditionType.Sku, "equals")]
    [InlineData(ConditionType.Quantity, "in")]
    [InlineData(ConditionType.ExternalId, "contains")]
    [InlineData(ConditionType.SubscriptionTime, "purchasedWithin")]
    [InlineData(ConditionType.Purchase, "olderThan")]
    [InlineData(ConditionType.ProductData, "in")]
    [InlineData(ConditionType.ContactAttribute, "startsWith")]
    [InlineData(ConditionType.Locale, "IN")]
    public void An_operator_of_another_type_is_refused_and_nothing_else_is_checked(ConditionType type, string op)
    {
        var problems = Problems(new AutomationCondition(type, op));

        problems.Keys.Should().Equal("operator");
        problems["operator"].Should().Equal($"must be one of {string.Join(", ", ConditionOperators.ByType[type])} for a {type} condition.");
    }

    [Fact]
    public void The_refusal_lists_the_operators_that_would_do()
    {
        Problems(new AutomationCondition(ConditionType.Locale, "equals"))["operator"].Should().Equal("must be one of in, notIn for a Locale condition.");
    }

    [Theory]
    [InlineData(ConditionType.SubscriptionTime, "olderThan", null)]
    [InlineData(ConditionType.SubscriptionTime, "newerThan", -1.0)]
    [InlineData(ConditionType.Purchase, "purchasedWithin", -0.5)]
    [InlineData(ConditionType.Purchase, "notPurchasedWithin", ConditionOperators.MaxDays + 1.0)]
    [InlineData(ConditionType.SubscriptionTime, "olderThan", ConditionOperators.MaxDays + 0.01)]
    public void A_window_must_be_from_zero_to_the_most_days(ConditionType type, string op, double? days)
    {
        Problems(new AutomationCondition(type, op, Days: days)).Should().BeEquivalentTo(new Dictionary<string, List<string>>
        {
            ["days"] = [$"must be from 0 to {ConditionOperators.MaxDays} for a {type} condition."],
        });
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(ConditionOperators.MaxDays)]
    public void A_window_of_zero_days_up_to_the_most_is_accepted(double days)
    {
        Problems(new AutomationCondition(ConditionType.Purchase, "purchasedWithin", Days: days)).Should().BeEmpty();
        Problems(new AutomationCondition(ConditionType.SubscriptionTime, "newerThan", Days: days)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(ConditionType.Locale, "in")]
    [InlineData(ConditionType.Sku, "startsWith")]
    [InlineData(ConditionType.ExternalId, "notIn")]
    [InlineData(ConditionType.Quantity, "equals")]
    [InlineData(ConditionType.ProductData, "contains")]
    [InlineData(ConditionType.ContactAttribute, "equals")]
    public void An_operator_that_compares_needs_at_least_one_value(ConditionType type, string op)
    {
        foreach (var values in new[] { null, Array.Empty<string>() })
        {
            Problems(new AutomationCondition(type, op, "brand", values)).Should().BeEquivalentTo(new Dictionary<string, List<string>>
            {
                ["values"] = [$"needs at least one value for '{op}'."],
            });
        }
    }

    [Theory]
    [InlineData("five")]
    [InlineData("5.5")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void A_quantity_value_must_be_a_whole_number(string value)
    {
        Problems(new AutomationCondition(ConditionType.Quantity, "greaterThan", Values: [value])).Should().BeEquivalentTo(new Dictionary<string, List<string>>
        {
            ["values"] = ["must hold a whole number for a Quantity condition."],
        });
    }

    [Theory]
    [InlineData("-3")]
    [InlineData(" 7 ")]
    public void A_signed_or_padded_whole_number_is_a_quantity(string value)
    {
        Problems(new AutomationCondition(ConditionType.Quantity, "lessThan", Values: [value])).Should().BeEmpty();
    }

    [Fact]
    public void Values_that_are_not_numbers_are_fine_where_the_type_is_not_quantity()
    {
        Problems(new AutomationCondition(ConditionType.Sku, "in", Values: ["five"])).Should().BeEmpty();
        Problems(new AutomationCondition(ConditionType.ProductData, "greaterThan", "price", ["five"])).Should().BeEmpty();
    }

    [Theory]
    [InlineData(ConditionType.ProductData, null)]
    [InlineData(ConditionType.ProductData, " ")]
    [InlineData(ConditionType.ContactAttribute, null)]
    [InlineData(ConditionType.ContactAttribute, "")]
    public void Product_data_and_contact_attributes_need_a_field(ConditionType type, string? field)
    {
        Problems(new AutomationCondition(type, "exists", field)).Should().BeEquivalentTo(new Dictionary<string, List<string>>
        {
            ["field"] = [$"is required for a {type} condition."],
        });
    }

    [Fact]
    public void A_field_missing_and_values_missing_are_both_reported()
    {
        Problems(new AutomationCondition(ConditionType.ContactAttribute, "equals")).Keys.Should().BeEquivalentTo("field", "values");
    }

    [Fact]
    public void Windows_need_no_values_and_other_types_need_no_days()
    {
        Problems(new AutomationCondition(ConditionType.SubscriptionTime, "olderThan", Days: 1)).Should().BeEmpty();
        Problems(new AutomationCondition(ConditionType.Locale, "in", Values: ["sv-SE"])).Should().BeEmpty();
    }
}
