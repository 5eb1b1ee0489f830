using BackInStock.Emulator.Changes;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// What each write changed, recorded as its work runs and published after its commit. The list belongs to
/// one run of the work: a group commit that rolls back runs its writes again, each with a fresh list, so
/// nothing rolled back is ever told.
/// </summary>
public sealed partial class LiteDbStore
{
    [ThreadStatic]
    private static List<Change>? t_changes;

    private ChangeFeed? _changeFeed;

    public void ReportChangesTo(ChangeFeed feed) => _changeFeed = feed;

    private static (T Result, List<Change> Changes) Recording<T>(Func<T> work)
    {
        var outer = t_changes;
        var changes = new List<Change>();
        t_changes = changes;
        try
        {
            return (work(), changes);
        }
        finally
        {
            t_changes = outer;
        }
    }

    private void Publish(List<Change> changes) => _changeFeed?.Publish(changes);

    // Writes made outside Write (start-up rekeying) have no list and tell no one.
    private static void Record(Change change) => t_changes?.Add(change);

    private static Dictionary<string, string?> Data(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
