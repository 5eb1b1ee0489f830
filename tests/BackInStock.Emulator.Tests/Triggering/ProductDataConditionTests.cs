using BackInStock.Emulator.Automations;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>
/// A product-data condition reads a field of the subscription's product in its locale's feed (SKU-1, "Trail shoe", 499 SEK, brand Acme,
/// an empty color, weight 1.5): text compares ignoring case, greaterThan and lessThan compare numbers, and a missing field has no value.
/// </summary>
public sealed class ProductDataConditionTests
{
    [Theory]
    [InlineData("sku", "SKU-1")]
    [InlineData("id", "SKU-1")]
    [InlineData("title", "trail SHOE")]
    [InlineData("Title", "Trail shoe")]
    [InlineData("price", "499")]
    [InlineData("currency", "SEK")]
    [InlineData("availability", "out_of_stock")]
    [InlineData("link", "https://shop.example.com/p/1")]
    [InlineData("imageUrl", "https://shop.example.com/img/1.jpg")]
    [InlineData("image_link", "https://shop.example.com/img/1.jpg")]
    [InlineData("brand", "ACME")]
    [InlineData("Brand", "Acme")]
    public void Every_feed_field_can_be_compared_by_name(string field, string value)
    {
        ConditionContext.Passes(ConditionType.ProductData, "equals", field, value).Should().BeTrue();
        ConditionContext.Passes(ConditionType.ProductData, "notEquals", field, value).Should().BeFalse();
        ConditionContext.Passes(ConditionType.ProductData, "equals", field, value + "x").Should().BeFalse();
        ConditionContext.Passes(ConditionType.ProductData, "notEquals", field, value + "x").Should().BeTrue();
        ConditionContext.Passes(ConditionType.ProductData, "exists", field).Should().BeTrue();
        ConditionContext.Passes(ConditionType.ProductData, "notExists", field).Should().BeFalse();
    }

    [Theory]
    [InlineData("season")] // not in the feed at all
    [InlineData("color")] // in the feed, but empty
    public void A_field_without_a_value_does_not_exist_and_equals_nothing(string field)
    {
        ConditionContext.Passes(ConditionType.ProductData, "exists", field).Should().BeFalse();
        ConditionContext.Passes(ConditionType.ProductData, "notExists", field).Should().BeTrue();
        ConditionContext.Passes(ConditionType.ProductData, "equals", field, "Acme").Should().BeFalse();
        ConditionContext.Passes(ConditionType.ProductData, "notEquals", field, "Acme").Should().BeTrue();
        ConditionContext.Passes(ConditionType.ProductData, "contains", field, "A").Should().BeFalse();
        ConditionContext.Passes(ConditionType.ProductData, "greaterThan", field, "-1").Should().BeFalse();
        ConditionContext.Passes(ConditionType.ProductData, "lessThan", field, "1").Should().BeFalse();
    }

    [Fact]
    public void A_product_without_a_price_has_no_price()
    {
        var context = ConditionContext.For(product: ConditionContext.Product(price: null));

        ConditionContext.Decide(new AutomationCondition(ConditionType.ProductData, "exists", "price"), context).Should().Be((false, "product price is (none)"));
        ConditionContext.Decide(new AutomationCondition(ConditionType.ProductData, "lessThan", "price", ["1000"]), context).Passed.Should().BeFalse();
    }

    [Theory]
    [InlineData("title", "rail", true)]
    [InlineData("title", "SHOE", true)]
    [InlineData("title", "boot", false)]
    [InlineData("brand", "cm", true)]
    public void Contains_finds_text_inside_a_field_ignoring_case(string field, string part, bool passes)
    {
        ConditionContext.Passes(ConditionType.ProductData, "contains", field, part).Should().Be(passes);
    }

    [Theory]
    [InlineData("price", "greaterThan", "100", true)]
    [InlineData("price", "greaterThan", "499", false)]
    [InlineData("price", "greaterThan", "1000", false)]
    [InlineData("price", "lessThan", "1000", true)]
    [InlineData("price", "lessThan", "499", false)]
    [InlineData("price", "lessThan", "100", false)]
    [InlineData("price", "greaterThan", "498.5", true)]
    [InlineData("weight", "lessThan", "1.75", true)]
    [InlineData("weight", "greaterThan", "1.25", true)]
    [InlineData("price", "greaterThan", "99", true)] // as text "499" < "99"; as numbers it is greater
    [InlineData("price", "lessThan", "5000", true)] // as text "499" > "5000"
    [InlineData("brand", "greaterThan", "1", false)] // text is not a number
    [InlineData("brand", "lessThan", "1", false)]
    [InlineData("price", "greaterThan", "cheap", false)]
    [InlineData("price", "lessThan", "cheap", false)]
    public void Greater_and_less_than_compare_numbers(string field, string op, string value, bool passes)
    {
        ConditionContext.Passes(ConditionType.ProductData, op, field, value).Should().Be(passes);
    }

    [Fact]
    public void The_log_shows_the_field_its_value_and_the_operand()
    {
        ConditionContext.Decide(new AutomationCondition(ConditionType.ProductData, "equals", "brand", ["Nike"])).Detail.Should().Be("product brand \"Acme\" equals \"Nike\"");
        ConditionContext.Decide(new AutomationCondition(ConditionType.ProductData, "exists", "season")).Detail.Should().Be("product season is (none)");
        ConditionContext.Decide(new AutomationCondition(ConditionType.ProductData, "exists", "brand", [])).Detail.Should().Be("product brand is \"Acme\"");
    }

    [Fact]
    public void An_operator_product_data_does_not_know_never_passes()
    {
        ConditionContext.Passes(ConditionType.ProductData, "startsWith", "brand", "A").Should().BeFalse();
    }
}
