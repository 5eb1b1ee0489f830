using BackInStock.Emulator.Clock;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Tests.Clock;

/// <summary>The clock's range is a domain rule: nothing can set it outside 1970–9999, and running time cannot carry it past the end.</summary>
public sealed class EmulatorClockTests
{
    private readonly ManualClock _real = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_clock_running_at_the_end_of_its_range_stays_there_instead_of_overflowing()
    {
        var clock = new EmulatorClock(_real);
        clock.Change(freezeAt: EmulatorClock.Latest);
        clock.Change(frozen: false);

        _real.Advance(TimeSpan.FromDays(3));

        clock.GetUtcNow().Should().Be(EmulatorClock.Latest);
    }

    [Fact]
    public void A_refused_change_names_its_field_and_leaves_the_clock_as_it_was()
    {
        var clock = new EmulatorClock(_real);
        clock.Advance(TimeSpan.FromDays(10));

        var freeze = () => clock.Freeze(DateTimeOffset.MinValue);
        var advance = () => clock.Advance(TimeSpan.MaxValue);

        freeze.Should().Throw<EmulatorException>().Which.Fields!.Keys.Should().Equal("$.freezeAt");
        advance.Should().Throw<EmulatorException>().Which.Fields!.Keys.Should().Equal("$.advanceSeconds");
        clock.IsFrozen.Should().BeFalse();
        clock.GetUtcNow().Should().Be(_real.GetUtcNow().AddDays(10));
    }

    [Fact]
    public void Two_emulators_on_the_same_real_time_each_move_only_their_own_clock()
    {
        var options = new EmulatorOptions { Store = new StoreOptions { InMemory = true }, DemoCatalog = false };
        using var a = EngageEmulator.Open(options, _real);
        using var b = EngageEmulator.Open(options, _real);

        a.Clock.Advance(TimeSpan.FromDays(365));

        a.Contacts.Create(new NewContact("a@example.com")).CreatedOn.Should().Be(_real.GetUtcNow().AddDays(365));
        b.Contacts.Create(new NewContact("b@example.com")).CreatedOn.Should().Be(_real.GetUtcNow());
    }
}
