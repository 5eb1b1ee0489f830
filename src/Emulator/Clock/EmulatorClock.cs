namespace BackInStock.Emulator.Clock;

/// <summary>
/// The emulator's one clock: real time by default, frozen or shifted on request so that
/// subscription-time and purchase-window conditions can be tested without waiting.
/// </summary>
public sealed class EmulatorClock(TimeProvider inner) : TimeProvider
{
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
            return _frozenAt ?? inner.GetUtcNow() + _offset;
        }
    }

    /// <summary>Stops the clock at <paramref name="at"/>, or at the current time.</summary>
    public void Freeze(DateTimeOffset? at = null)
    {
        lock (_gate)
        {
            _frozenAt = (at ?? _frozenAt ?? inner.GetUtcNow() + _offset).ToUniversalTime();
        }
    }

    /// <summary>Lets the clock run again from where it stands.</summary>
    public void Resume()
    {
        lock (_gate)
        {
            if (_frozenAt is { } frozen)
            {
                _offset = frozen - inner.GetUtcNow();
                _frozenAt = null;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            if (_frozenAt is { } frozen)
            {
                _frozenAt = frozen + by;
            }
            else
            {
                _offset += by;
            }
        }
    }

    /// <summary>Back to real time.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _frozenAt = null;
            _offset = TimeSpan.Zero;
        }
    }
}
