using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests;

/// <summary>An address is whole Unicode text, kept as sent when already normalized; plain ASCII folds to lower case.</summary>
public sealed class EmailAddressEdgeTests
{
    [Fact]
    public void Half_a_surrogate_pair_anywhere_is_a_validation_error()
    {
        // In code, not as theory data: a lone surrogate does not survive xunit's serialization of test cases.
        string[] halves =
        [
            "ada@example.com\uD83D", // a high surrogate at the very end
            "\uDE00ada@example.com", // a low surrogate with nothing before it
            "ada\uDE00\uD83D@example.com", // a pair the wrong way round
        ];

        foreach (var address in halves)
        {
            var normalize = () => EmailAddress.Normalize(address);
            normalize.Should().Throw<EmulatorException>().Which.Should().Match<EmulatorException>(e =>
                e.Error == ErrorCatalogue.ValidationError && e.Message == "The email address is not valid Unicode text: it holds half of a surrogate pair.");
        }
    }

    [Fact]
    public void Whole_pairs_and_composed_letters_are_kept_as_sent()
    {
        EmailAddress.Normalize("\uD83D\uDE00\u00C5sa\uD83D\uDE00@example.com").Should().Be("\uD83D\uDE00\u00C5sa\uD83D\uDE00@example.com");
        EmailAddress.Key("\uD83D\uDE00\u00C5SA@Example.com").Should().Be("\uD83D\uDE00\u00E5sa@example.com");
    }

    [Fact]
    public void An_ascii_address_folds_to_lower_case()
    {
        EmailAddress.Key("John.Doe@Voyado.COM").Should().Be("john.doe@voyado.com");
        EmailAddress.Normalize("John.Doe@Voyado.COM").Should().Be("John.Doe@Voyado.COM");
    }

    [Fact]
    public void Marks_after_a_kept_character_are_normalized_on_their_own()
    {
        EmailAddress.Normalize("\u212Ba\u0308@example.com").Should().Be("\u212B\u00E4@example.com");
    }
}
