namespace BackInStock.Emulator.Storage;

/// <summary>Where the emulator keeps its data.</summary>
public sealed class StoreOptions
{
    /// <summary>The LiteDB file; relative paths are resolved against the working directory.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "backinstock.db");

    /// <summary>Keep everything in memory: fast, and gone when the process ends.</summary>
    public bool InMemory { get; set; }
}
