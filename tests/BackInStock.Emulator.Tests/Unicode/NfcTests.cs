using BackInStock.Emulator.Unicode;

namespace BackInStock.Emulator.Tests.Unicode;

/// <summary>
/// Lines of Unicode's NormalizationTest.txt (15.0), source → NFC: the emulator's own NFC agrees with
/// Unicode's (every line of that file passed when the tables were made; these keep one of each kind).
/// </summary>
public sealed class NfcTests
{
    [Theory]
    [InlineData("0041 0308", "00C4")] // composition
    [InlineData("00C4", "00C4")] // already composed
    [InlineData("1E0A 0323", "1E0C 0307")] // marks reordered by combining class, then composed
    [InlineData("0061 0315 0300 05AE 0300 0062", "00E0 05AE 0300 0315 0062")] // a blocked mark stays apart
    [InlineData("212B", "00C5")] // a singleton is replaced
    [InlineData("0958", "0915 093C")] // a composition exclusion stays decomposed
    [InlineData("1100 1161", "AC00")] // Hangul by arithmetic
    [InlineData("AC00 11A8", "AC01")]
    [InlineData("0308 0041", "0308 0041")] // a mark before any starter
    public void Normalizes_as_unicode_does(string source, string expected)
    {
        Nfc.Normalize(Text(source)).Should().Be(Text(expected));
    }

    [Fact]
    public void Ascii_and_already_normalized_text_come_back_as_the_same_instance()
    {
        var ascii = "kim@example.com";
        var composed = "\u00C4nna@example.com";

        Nfc.Normalize(ascii).Should().BeSameAs(ascii);
        Nfc.Normalize(composed).Should().BeSameAs(composed);
    }

    private static string Text(string codes) =>
        string.Concat(codes.Split(' ').Select(code => char.ConvertFromUtf32(Convert.ToInt32(code, 16))));
}
