namespace BackInStock.Emulator.Storage;

/// <summary>
/// A data file the emulator cannot start on (unwritable, truncated, corrupted, not LiteDB, in use), told in
/// one line that names the file and what to do, so start-up can print it and exit with code 2.
/// </summary>
public sealed class StoreOpenException : Exception
{
    private const string Elsewhere = "give --data (the --Store:Path setting) a file in a folder this user can write, or run with --in-memory";

    private StoreOpenException(string path, string message, Exception? inner)
        : base(OneLine(message), inner) => Path = path;

    public string Path { get; }

    public static StoreOpenException Damaged(string path, Exception inner) => new(
        path,
        $"The data file '{path}' cannot be opened ({Reason(inner)}). It may be truncated or corrupted; move it away or delete it to start with an empty store.",
        inner);

    /// <summary>
    /// Two processes writing one LiteDB file would corrupt it, so the second is refused, told which process
    /// holds the file and where it serves when the holder said so.
    /// </summary>
    public static StoreOpenException InUse(string path, DataFileOwner? owner = null) => new(
        path,
        owner is null
            ? $"The data file '{path}' is in use by another BackInStock process. Stop it, or give this one its own file (--data <file>) or --in-memory; a running gateway validates payloads at POST /emulator/validate/{{operationId}}."
            : $"The data file '{path}' is in use by another BackInStock process ({owner.Describe()}). {(owner.ServedAt is null ? "Stop it" : "Use that gateway, or stop it")} (kill {owner.ProcessId}), or give this one its own file (--data <file>) or --in-memory.",
        inner: null);

    /// <summary>The file or its folder cannot be created or written: a read-only folder, a path under a file, under /proc.</summary>
    public static StoreOpenException Unwritable(string path, Exception inner) => Unwritable(path, Reason(inner), inner);

    public static StoreOpenException Unwritable(string path, string reason, Exception? inner = null) => new(
        path,
        $"The data file '{path}' cannot be created or opened for writing ({reason}); {Elsewhere}.",
        inner);

    public static StoreOpenException DanglingLink(string path, string target) => new(
        path,
        $"The data file '{path}' is a symbolic link to '{target}', which does not exist. Point the link at the data file, remove the link to start with an empty store, or {Elsewhere}.",
        inner: null);

    /// <summary>The file opened, but the work start-up does on stored state (defaults, pending batches) failed.</summary>
    public static StoreOpenException StartFailed(StoreOptions store, Exception inner)
    {
        var path = store.InMemory ? "(in memory)" : System.IO.Path.GetFullPath(store.Path);
        return new(
            path,
            $"Start-up on the data file '{path}' failed ({Reason(inner)}). Fix what that names; if it is the stored data, move the file away to start with an empty store, and keep it for a bug report.",
            inner);
    }

    private static string Reason(Exception failure) => $"{failure.GetType().Name}: {failure.Message}";

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
