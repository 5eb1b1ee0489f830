namespace BackInStock.Emulator.Storage;

/// <summary>A data file that cannot be opened (truncated, corrupted, not LiteDB, in use), named so the user can act.</summary>
public sealed class StoreOpenException : Exception
{
    private StoreOpenException(string path, string message, Exception? inner)
        : base(message, inner) => Path = path;

    public string Path { get; }

    public static StoreOpenException Damaged(string path, Exception inner) => new(
        path,
        $"The data file '{path}' cannot be opened ({inner.GetType().Name}: {inner.Message}). It may be truncated or corrupted; move it away or delete it to start with an empty store.",
        inner);

    /// <summary>Two processes writing one LiteDB file would corrupt it, so the second is refused.</summary>
    public static StoreOpenException InUse(string path) => new(
        path,
        $"The data file '{path}' is in use by another BackInStock process. Stop it, or give this one its own file (--Store:Path <file>) or --Store:InMemory true; a running gateway validates payloads at POST /emulator/validate/{{operationId}}.",
        inner: null);
}
