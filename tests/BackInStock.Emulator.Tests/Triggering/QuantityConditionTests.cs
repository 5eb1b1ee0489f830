using BackInStock.Emulator.Automations;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>A quantity condition compares the item's quantity (here 5) with a whole number, each operator at and around its boundary.</summary>
public sealed class QuantityConditionTests
{
    [Theory]
    [InlineData("greaterThan", 4, true)]
    [InlineData("greaterThan", 5, false)]
    [InlineData("greaterThan", 6, false)]
    [InlineData("greaterThanOrEqual", 4, true)]
    [InlineData("greaterThanOrEqual", 5, true)]
    [InlineData("greaterThanOrEqual", 6, false)]
    [InlineData("lessThan", 4, false)]
    [InlineData("lessThan", 5, false)]
    [InlineData("lessThan", 6, true)]
    [InlineData("lessThanOrEqual", 4, false)]
    [InlineData("lessThanOrEqual", 5, true)]
    [InlineData("lessThanOrEqual", 6, true)]
    [InlineData("equals", 4, false)]
    [InlineData("equals", 5, true)]
    [InlineData("equals", 6, false)]
    public void A_quantity_of_five_against_each_operator(string op, int operand, bool passes)
    {
        var (passed, detail) = ConditionContext.Decide(new AutomationCondition(ConditionType.Quantity, op, Values: [operand.ToString(System.Globalization.CultureInfo.InvariantCulture)]), ConditionContext.For(quantity: 5));

        passed.Should().Be(passes);
        detail.Should().Be($"quantity 5 {op} {operand}");
    }

    [Fact]
    public void A_negative_operand_compares_as_a_number()
    {
        ConditionContext.Decide(new AutomationCondition(ConditionType.Quantity, "greaterThan", Values: ["-2"]), ConditionContext.For(quantity: -1)).Passed.Should().BeTrue();
    }
}
