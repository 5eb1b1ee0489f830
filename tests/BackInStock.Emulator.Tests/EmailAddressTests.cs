using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

public sealed class EmailAddressTests
{
    [Fact]
    public void The_decomposed_spelling_is_kept_composed_and_shares_the_composed_ones_key()
    {
        EmailAddress.Normalize("A\u0308nna@example.com").Should().Be("\u00C4nna@example.com");
        EmailAddress.Key("A\u0308NNA@example.com").Should().Be(EmailAddress.Key("\u00E4nna@Example.com"));
    }

    [Theory]
    [InlineData("\u212Aim@example.com", "kim@example.com")] // KELVIN SIGN: NFC and ToLowerInvariant both make it ASCII
    [InlineData("\u212Bsa@example.com", "\u00E5sa@example.com")] // ANGSTROM SIGN: NFC makes it Å
    [InlineData("\u2126mega@example.com", "\u03C9mega@example.com")] // OHM SIGN: NFC makes it Ω
    [InlineData("\u0130da@example.com", "ida@example.com")] // İ: never folded to an ASCII i
    [InlineData("\u017Fam@example.com", "sam@example.com")] // LONG S: not folded (its upper case is S)
    public void A_look_alike_written_with_a_compatibility_character_is_another_address(string lookAlike, string other)
    {
        EmailAddress.Key(lookAlike).Should().NotBe(EmailAddress.Key(other));
        EmailAddress.Normalize(lookAlike).Should().Be(lookAlike, "the address is kept as sent");
    }

    [Fact]
    public void Letter_case_is_ignored_beyond_ascii_too()
    {
        EmailAddress.Key("\u00C5SA.\u00D6BERG@EXAMPLE.COM").Should().Be(EmailAddress.Key("\u00E5sa.\u00F6berg@example.com"));
    }

    [Fact]
    public void The_marks_around_a_kept_character_are_still_normalized()
    {
        EmailAddress.Normalize("A\u0308\u212AA\u0308@example.com").Should().Be("\u00C4\u212A\u00C4@example.com");
    }

    [Fact]
    public void Half_a_surrogate_pair_is_a_validation_error()
    {
        var normalize = () => EmailAddress.Normalize("a\uD800@example.com");

        normalize.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ValidationError);
        EmailAddress.Normalize("\uD83D\uDE00@example.com").Should().Be("\uD83D\uDE00@example.com");
    }
}
