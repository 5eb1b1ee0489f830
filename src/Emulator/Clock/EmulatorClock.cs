using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Clock;

/// <summary>
/// A tenant's clock: real time by default, frozen or shifted on request so that subscription-time and
/// purchase-window conditions can be tested without waiting. Each tenant has its own, so moving one
/// tenant's time never moves another's. It only ever shows instants from 1970 to 9999, so date
/// arithmetic in the rules (a purchase window before now, an age since a subscription) cannot overflow.
/// </summary>
public sealed class EmulatorClock(TimeProvider inner) : TimeProvider
{
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(9999, 12, 31, 23, 59, 59, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public bool IsFrozen
    {
        get
        {
            lock (_gate)
            {
                return _frozenAt is not null;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozenAt ?? Shifted(inner.GetUtcNow(), _offset);
        }
    }

    /// <summary>
    /// Applies a change as one step, in this order: <paramref name="reset"/> (back to real time), then
    /// <paramref name="freezeAt"/> or <paramref name="frozen"/> (stop at a time or now; false runs again
    /// from where it stands), then <paramref name="advance"/>. A change that would put the clock outside
    /// 1970–9999 is refused whole, naming the field, and leaves the clock as it was.
    /// </summary>
    public void Change(bool reset = false, bool? frozen = null, DateTimeOffset? freezeAt = null, TimeSpan? advance = null)
    {
        if (freezeAt is { } at && !InRange(at))
        {
            throw OutOfRange("$.freezeAt", $"must be from {Earliest:O} to {Latest:O}; it was {at:O}.");
        }

        lock (_gate)
        {
            var offset = reset ? TimeSpan.Zero : _offset;
            var frozenAt = reset ? null : _frozenAt;
            var real = inner.GetUtcNow();
            if (freezeAt is { } stopAt)
            {
                frozenAt = stopAt.ToUniversalTime();
            }
            else if (frozen == true)
            {
                frozenAt ??= Shifted(real, offset);
            }
            else if (frozen == false && frozenAt is { } stoppedAt)
            {
                offset = stoppedAt - real;
                frozenAt = null;
            }

            if (advance is { } by)
            {
                var from = frozenAt ?? Shifted(real, offset);
                var to = (Int128)from.UtcTicks + by.Ticks;
                if (to < Earliest.UtcTicks || to > Latest.UtcTicks)
                {
                    throw OutOfRange("$.advanceSeconds", $"would move the clock from {from:O} outside {Earliest:O} to {Latest:O}.");
                }

                if (frozenAt is { } stopped)
                {
                    frozenAt = stopped + by;
                }
                else
                {
                    offset += by;
                }
            }

            _offset = offset;
            _frozenAt = frozenAt;
        }
    }

    /// <summary>Stops the clock at <paramref name="at"/>, or at the current time.</summary>
    public void Freeze(DateTimeOffset? at = null) => Change(frozen: true, freezeAt: at);

    /// <summary>Lets the clock run again from where it stands.</summary>
    public void Resume() => Change(frozen: false);

    public void Advance(TimeSpan by) => Change(advance: by);

    /// <summary>Back to real time.</summary>
    public void Reset() => Change(reset: true);

    private static bool InRange(DateTimeOffset at) => at >= Earliest && at <= Latest;

    // A running clock shifted close to the end of the range stays there rather than overflowing later.
    private static DateTimeOffset Shifted(DateTimeOffset real, TimeSpan offset)
    {
        var ticks = Int128.Clamp((Int128)real.UtcTicks + offset.Ticks, Earliest.UtcTicks, Latest.UtcTicks);
        return new DateTimeOffset((long)ticks, TimeSpan.Zero);
    }

    private static EmulatorException OutOfRange(string field, string message) =>
        new(ErrorCatalogue.ValidationError, $"The clock only shows instants from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}.", new Dictionary<string, List<string>> { [field] = [message] });
}
