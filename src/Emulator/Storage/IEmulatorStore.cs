using BackInStock.Emulator.Changes;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// The emulator's only way out to persistence. Work runs synchronously on the calling thread:
/// a LiteDB transaction belongs to its thread, so nothing inside may await.
/// </summary>
public interface IEmulatorStore : IDisposable
{
    /// <summary>"file" or "memory".</summary>
    string Kind { get; }

    /// <summary>Why the store can no longer keep what is written (its data file is gone), or null while it can.</summary>
    string? Fault { get; }

    /// <summary>
    /// Records beside the data file where this process serves, so a second process refused the file can say
    /// which gateway holds it; a store without a file has no one to tell.
    /// </summary>
    void Announce(string servedAt)
    {
    }

    /// <summary>
    /// Tells <paramref name="feed"/> what each write changed, once it is committed and before its caller is
    /// answered; a write that fails or is rolled back tells nothing. A store that keeps no record of its changes tells nothing.
    /// </summary>
    void ReportChangesTo(ChangeFeed feed)
    {
    }

    /// <summary>Runs <paramref name="work"/> as one atomic, durable transaction; writers run one at a time.</summary>
    T Write<T>(Func<IStoreSession, T> work);

    /// <summary>Runs read-only <paramref name="work"/> against committed data.</summary>
    T Read<T>(Func<IStoreSession, T> work);
}
