using System.Threading.Channels;

namespace BackInStock.Emulator.Changes;

/// <summary>
/// One reader of a <see cref="ChangeFeed"/>, with a buffer of its own. When the buffer is full the next
/// change is dropped, and the next read empties the buffer and answers <see cref="Change.Resync"/>: the
/// reader then knows to fetch what it shows again rather than trust an incomplete list.
/// </summary>
public sealed class ChangeListener : IDisposable
{
    private readonly ChangeFeed _feed;
    private readonly Channel<Change> _buffer;
    private int _overflowed;

    internal ChangeListener(ChangeFeed feed, int capacity)
    {
        _feed = feed;
        _buffer = Channel.CreateBounded<Change>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The next change, waiting for one; <see cref="Change.Resync"/> after changes were dropped.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    /// <exception cref="ObjectDisposedException">The listener was disposed.</exception>
    public async ValueTask<Change> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryRead(out var change))
            {
                return change;
            }

            // False only once the listener is disposed: its buffer is completed then.
            ObjectDisposedException.ThrowIf(!await _buffer.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false), this);
        }
    }

    /// <summary>The next change if one is buffered, without waiting.</summary>
    public bool TryRead(out Change change)
    {
        if (Interlocked.Exchange(ref _overflowed, 0) == 1)
        {
            while (_buffer.Reader.TryRead(out _))
            {
            }

            change = Change.Resync;
            return true;
        }

        return _buffer.Reader.TryRead(out change!);
    }

    public void Dispose()
    {
        _feed.Remove(this);
        _buffer.Writer.TryComplete();
    }

    internal void Offer(Change change)
    {
        if (!_buffer.Writer.TryWrite(change))
        {
            Volatile.Write(ref _overflowed, 1);
        }
    }
}
