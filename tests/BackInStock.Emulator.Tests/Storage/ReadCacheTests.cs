using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests.Storage;

/// <summary>The cached hot reads never show less than the last acknowledged write, nor a dry run's changes.</summary>
public sealed class ReadCacheTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public void A_read_after_a_write_sees_it_and_a_dry_run_changes_nothing_read(string store)
    {
        using var fixture = new EmulatorFixture(store);
        fixture.Feed("sv-SE", "SKU-1", "SKU-2");
        var contact = fixture.Contact("reader@example.com");
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().BeEmpty();

        var first = fixture.Subscribe(contact, "SKU-1", "sv-SE");
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle().Which.Id.Should().Be(first.Id);

        fixture.Emulator.StockLevels.DryRun([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().ContainSingle("a dry run is rolled back");

        fixture.Emulator.StockLevels.Update([new StockLevelItem("SKU-1", 5, "sv-SE", null)]);
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().BeEmpty("the used subscription was deleted");

        fixture.Emulator.Reset();
        var read = () => fixture.Emulator.Subscriptions.ListFor(contact.Id);
        read.Should().Throw<Errors.EmulatorException>("the contact went with the reset");
    }

    [Fact]
    public async Task Readers_racing_writers_always_see_every_acknowledged_subscription()
    {
        using var fixture = new EmulatorFixture("file");
        var contact = fixture.Contact("race@example.com");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                fixture.Emulator.Subscriptions.ListFor(contact.Id);
            }
        })).ToList();

        var missed = new List<string>();
        var written = 0;
        while (!stop.IsCancellationRequested)
        {
            var created = fixture.Emulator.Subscriptions.Create(new NewSubscription(contact.Id, $"SKU-{written++}", "sv-SE", null));
            if (!fixture.Emulator.Subscriptions.ListFor(contact.Id).Any(s => s.Id == created.Id))
            {
                missed.Add(created.Sku);
            }
        }

        await Task.WhenAll(readers);
        written.Should().BeGreaterThan(10, "the race ran");
        missed.Should().BeEmpty();
    }
}
