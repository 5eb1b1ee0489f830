namespace BackInStock.Emulator.Changes;

/// <summary>
/// A tenant's committed changes, told to whoever listens, after the commit and in the order published.
/// Publishing never waits for a listener: each has its own bounded buffer, and one that falls behind
/// loses its buffer and reads <see cref="Change.Resync"/> instead, so a slow reader costs no memory and
/// delays no write.
/// </summary>
public sealed class ChangeFeed
{
    /// <summary>Enough for the changes of a large stock batch between two reads of a live page.</summary>
    public const int DefaultCapacity = 1_024;

    private readonly Lock _lock = new();
    private ChangeListener[] _listeners = [];
    private long _sequence;

    /// <summary>How many listeners are open.</summary>
    public int Listeners => Volatile.Read(ref _listeners).Length;

    /// <summary>Starts listening: every change published from now on, until the listener is disposed.</summary>
    public ChangeListener Listen(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var listener = new ChangeListener(this, capacity);
        lock (_lock)
        {
            _listeners = [.. _listeners, listener];
        }

        return listener;
    }

    /// <summary>Numbers the changes of one commit and offers each to every listener.</summary>
    public void Publish(IReadOnlyList<Change> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        // One lock for numbering and offering, so every listener sees the changes in sequence order.
        lock (_lock)
        {
            foreach (var change in changes)
            {
                var numbered = change with { Sequence = ++_sequence };
                foreach (var listener in _listeners)
                {
                    listener.Offer(numbered);
                }
            }
        }
    }

    internal void Remove(ChangeListener listener)
    {
        lock (_lock)
        {
            _listeners = [.. _listeners.Where(l => l != listener)];
        }
    }
}
