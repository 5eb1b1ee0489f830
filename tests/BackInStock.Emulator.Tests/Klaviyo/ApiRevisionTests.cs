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

public sealed class ApiRevisionEdgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 23, 30, 0, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("2026-11-24")] // today in UTC, though tomorrow where the clock's offset is
    [InlineData("2026-11-24.pre")]
    [InlineData("2023-07-15.beta")]
    public void The_latest_revision_is_todays_date_in_utc(string revision)
    {
        ApiRevision.Check(revision, Now).Should().Be(DateOnly.Parse(revision[..10], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2024-10-15.PRE")]
    [InlineData("2024-10-15.pre1")]
    [InlineData("2024-10-15.pre.x")]
    [InlineData("2024-10-15 ")]
    public void A_suffix_is_lower_case_letters(string revision)
    {
        var refused = FluentActions.Invoking(() => ApiRevision.Check(revision, Now)).Should().Throw<Errors.EmulatorException>().Which;

        refused.Error.Should().Be(Errors.ErrorCatalogue.InvalidRevision);
        refused.Message.Should().Be($"'{revision}' is not a revision.");
        refused.Fields!["revision"].Should().Equal("must be a date as YYYY-MM-DD, optionally with a suffix such as .pre (for example 2024-10-15).");
    }

    [Fact]
    public void Tomorrow_in_utc_is_the_future()
    {
        var refused = FluentActions.Invoking(() => ApiRevision.Check("2026-11-25.pre", Now)).Should().Throw<Errors.EmulatorException>().Which;

        refused.Error.Should().Be(Errors.ErrorCatalogue.InvalidRevision);
        refused.Message.Should().Be("Unable to specify a future revision date (2026-11-25.pre).");
        refused.Fields!["revision"].Should().Equal("is in the future: unable to specify a future revision date.");
    }

    [Fact]
    public void The_day_before_back_in_stock_is_not_found_and_the_message_names_the_first_revision()
    {
        var refused = FluentActions.Invoking(() => ApiRevision.Check("2023-07-14", Now)).Should().Throw<Errors.EmulatorException>().Which;

        refused.Error.Should().Be(Errors.ErrorCatalogue.RevisionNotFound);
        refused.Message.Should().Be("No valid revisions found for method (2023-07-14).");
        refused.Fields!["revision"].Should().Equal("is before the first revision with back-in-stock subscriptions: No valid revisions found for method; use 2023-07-15 or later.");
    }
}
