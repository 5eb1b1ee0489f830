using System.Diagnostics;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.StockLevels;

namespace BackInStock.Emulator.Tests.Outbox;

/// <summary>Waiting for an email: answered when one is committed, not by polling, and empty once the wait is over.</summary>
public sealed class OutboxWaitTests : IDisposable
{
    private readonly EmulatorFixture _fixture = new("memory");

    private void SendTo(string email, string sku = "SKU-1", string locale = "sv-SE")
    {
        _fixture.Subscribe(_fixture.Contact(email), sku, locale);
        _fixture.Emulator.StockLevels.Update([new StockLevelItem(sku, 1, locale, null)]);
    }

    [Fact]
    public async Task A_wait_is_answered_as_soon_as_a_matching_email_is_committed()
    {
        _fixture.Feed("sv-SE", "SKU-1", "SKU-2");
        var waiting = _fixture.Emulator.Outbox.WaitAsync(new EmailQuery(To: "ADA@example.com"), TimeSpan.FromSeconds(20));
        await Task.Delay(100);
        waiting.IsCompleted.Should().BeFalse();

        SendTo("bob@example.com", "SKU-2");
        await Task.Delay(100);
        waiting.IsCompleted.Should().BeFalse("an email to someone else does not answer it");
        var watch = Stopwatch.StartNew();
        SendTo("ada@example.com");

        var page = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        page.Items.Should().ContainSingle().Which.To.Should().Be("ada@example.com");
        page.Total.Should().Be(1);
    }

    [Fact]
    public async Task A_wait_is_answered_at_once_when_an_email_already_matches()
    {
        _fixture.Feed("sv-SE", "SKU-1");
        SendTo("ada@example.com");
        var watch = Stopwatch.StartNew();

        var page = await _fixture.Emulator.Outbox.WaitAsync(new EmailQuery(Sku: "SKU-1"), TimeSpan.FromSeconds(20));

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        page.Items.Should().ContainSingle();
    }

    [Fact]
    public async Task A_wait_with_no_matching_email_ends_empty_when_its_time_is_over()
    {
        var watch = Stopwatch.StartNew();

        var page = await _fixture.Emulator.Outbox.WaitAsync(new EmailQuery(To: "nobody@example.com"), TimeSpan.FromMilliseconds(300));

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)).And.BeLessThan(TimeSpan.FromSeconds(5));
        page.Items.Should().BeEmpty();
        page.Total.Should().Be(0);
        _fixture.Emulator.Changes.Listeners.Should().Be(0, "the wait stops listening when it ends");
    }

    [Fact]
    public async Task A_wait_ends_with_its_callers_cancellation()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var waiting = () => _fixture.Emulator.Outbox.WaitAsync(new EmailQuery(To: "nobody@example.com"), TimeSpan.FromSeconds(20), cancel.Token);

        await waiting.Should().ThrowAsync<OperationCanceledException>();
        _fixture.Emulator.Changes.Listeners.Should().Be(0);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(30_001)]
    public async Task A_wait_outside_zero_to_thirty_seconds_is_refused(int milliseconds)
    {
        var waiting = () => _fixture.Emulator.Outbox.WaitAsync(new EmailQuery(), TimeSpan.FromMilliseconds(milliseconds));

        await waiting.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    public void Dispose() => _fixture.Dispose();
}
