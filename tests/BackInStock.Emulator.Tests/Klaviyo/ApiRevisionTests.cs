using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Klaviyo;

namespace BackInStock.Emulator.Tests.Klaviyo;

public sealed class ApiRevisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2024-10-15")]
    [InlineData("2023-07-15")]
    [InlineData("2026-07-15.pre")]
    public void Revisions_with_back_in_stock_subscriptions_pass(string revision)
    {
        ApiRevision.Check(revision, Now).Should().Be(DateOnly.Parse(revision[..10], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("15-10-2024")]
    [InlineData("2024-13-01")]
    [InlineData("2024-10-15.")]
    [InlineData("latest")]
    public void A_malformed_revision_is_invalid(string revision)
    {
        var refused = FluentActions.Invoking(() => ApiRevision.Check(revision, Now)).Should().Throw<EmulatorException>().Which;

        refused.Error.Should().Be(ErrorCatalogue.InvalidRevision);
        refused.Fields.Should().ContainKey("revision");
    }

    [Fact]
    public void A_future_revision_is_invalid_and_an_early_one_is_not_found()
    {
        FluentActions.Invoking(() => ApiRevision.Check("2026-11-24", Now)).Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.InvalidRevision);
        FluentActions.Invoking(() => ApiRevision.Check("2023-06-15", Now)).Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.RevisionNotFound);
    }
}
