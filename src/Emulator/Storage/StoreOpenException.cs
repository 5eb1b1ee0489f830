namespace BackInStock.Emulator.Storage;

/// <summary>A data file that cannot be opened (truncated, corrupted, not LiteDB, locked), named so the user can act.</summary>
public sealed class StoreOpenException(string path, Exception inner)
    : Exception($"The data file '{path}' cannot be opened ({inner.GetType().Name}: {inner.Message}). It may be truncated, corrupted or in use by another process; move it away or delete it to start with an empty store.", inner)
{
    public string Path { get; } = path;
}
