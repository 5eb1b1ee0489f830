using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Tests.Triggering;

/// <summary>
/// A store that lets a test act just before a given write: another processor's work slipped in between this one's read and its
/// write, or a disk that fails. Writes are counted from the moment <see cref="BeforeWrite"/> is set.
/// </summary>
internal sealed class HookedStore(IEmulatorStore inner) : IEmulatorStore
{
    private Action<int>? _beforeWrite;
    private int _writes;

    public string Kind => inner.Kind;

    public string? Fault => inner.Fault;

    /// <summary>Runs before each write with the write's number (1 for the first after this call).</summary>
    public Action<int>? BeforeWrite
    {
        get => _beforeWrite;
        set
        {
            _writes = 0;
            _beforeWrite = value;
        }
    }

    public T Write<T>(Func<IStoreSession, T> work)
    {
        _beforeWrite?.Invoke(++_writes);
        return inner.Write(work);
    }

    public T Read<T>(Func<IStoreSession, T> work) => inner.Read(work);

    public void ReportChangesTo(BackInStock.Emulator.Changes.ChangeFeed feed) => inner.ReportChangesTo(feed);

    public void Dispose() => inner.Dispose();
}
