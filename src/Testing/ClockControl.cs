using BackInStock.Client;

namespace BackInStock.Testing;

/// <summary>
/// The tenant's clock: subscription times, outbox and log times, and the subscription-time and purchase
/// conditions all read it. It runs in real time until a test freezes or moves it.
/// </summary>
public sealed class ClockControl
{
    private readonly EmulatorClient _emulator;

    internal ClockControl(EmulatorClient emulator) => _emulator = emulator;

    /// <summary>The clock's time and whether it is frozen.</summary>
    public Task<Clock> GetAsync(CancellationToken cancellationToken = default) => _emulator.GetClockAsync(cancellationToken);

    /// <summary>Moves the clock by <paramref name="by"/> (negative moves it back), frozen or running; at most ten years at a time.</summary>
    public Task<Clock> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken = default) =>
        _emulator.SetClockAsync(new ClockChange { AdvanceSeconds = by.TotalSeconds }, cancellationToken);

    /// <summary>Stops the clock, at <paramref name="at"/> or where it stands.</summary>
    public Task<Clock> FreezeAsync(DateTimeOffset? at = null, CancellationToken cancellationToken = default) =>
        _emulator.SetClockAsync(at is null ? new ClockChange { Frozen = true } : new ClockChange { FreezeAt = at }, cancellationToken);

    /// <summary>Lets a frozen clock run again from where it stands.</summary>
    public Task<Clock> ResumeAsync(CancellationToken cancellationToken = default) =>
        _emulator.SetClockAsync(new ClockChange { Frozen = false }, cancellationToken);

    /// <summary>Back to real time, running.</summary>
    public Task<Clock> ResetAsync(CancellationToken cancellationToken = default) =>
        _emulator.SetClockAsync(new ClockChange { Reset = true }, cancellationToken);
}
