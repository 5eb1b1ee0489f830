using BackInStock.Emulator.Contacts;

namespace BackInStock.Emulator.Tests;

public sealed class KeyFormatTests
{
    [Theory]
    [InlineData("+46735654321", "+46735654321")]
    [InlineData("0046 73-565 43 21", "+46735654321")]
    [InlineData("(070) 123.45.67", "0701234567")]
    [InlineData("123456", "123456")]
    [InlineData("+123456789012345", "+123456789012345")]
    [InlineData("12345", null)]
    [InlineData("+1234567890123456", null)]
    [InlineData("46+735654321", null)]
    [InlineData("+", null)]
    [InlineData("07x0123456", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_phone_number_keeps_its_digits_and_a_leading_plus(string? text, string? kept) =>
        PhoneNumber.Normalize(text).Should().Be(kept);

    [Fact]
    public void A_phone_number_longer_than_its_limit_is_no_number() =>
        PhoneNumber.Normalize("+46 " + new string(' ', 30) + "735654321").Should().BeNull();

    [Theory]
    [InlineData("811218-9876", "8112189876")]
    [InlineData("8112189876", "8112189876")]
    [InlineData("198112189876", "8112189876")]
    [InlineData("19811218-9876", "8112189876")]
    [InlineData("811218+9876", "8112189876")]
    [InlineData(" 811218-9876 ", "8112189876")]
    [InlineData("131052-308T", "131052-308T")]
    [InlineData("131052-308t", "131052-308T")]
    [InlineData("131052A308T", "131052A308T")]
    [InlineData("811218-9875", null)]
    [InlineData("81121-89876", null)]
    [InlineData("811218*9876", null)]
    [InlineData("131052-308U", null)]
    [InlineData("131052Z308T", null)]
    [InlineData("13105X-308T", null)]
    [InlineData("131052-3X8T", null)]
    [InlineData("196903027573", null)]
    [InlineData("811218-98765", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_social_security_number_is_a_luhn_checked_swedish_number_or_a_finnish_code(string? text, string? key) =>
        SocialSecurityNumber.Key(text).Should().Be(key);
}
