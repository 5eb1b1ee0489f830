using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Tests;

/// <summary>A fresh emulator per test, on a temporary file or in memory, with a clock the test controls.</summary>
public sealed class EmulatorFixture : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bis-emulator-" + Guid.NewGuid().ToString("N"));

    public EmulatorFixture(string store)
    {
        Options = new StoreOptions { InMemory = store == "memory", Path = Path.Combine(_directory, "emulator.db") };
        Emulator = EngageEmulator.Open(Options, Clock);
    }

    /// <summary>The two stores every store test runs on.</summary>
    public static TheoryData<string> Stores => new() { "file", "memory" };

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public StoreOptions Options { get; }

    public EngageEmulator Emulator { get; private set; }

    /// <summary>Closes the store and opens it again on the same file, as a restart would.</summary>
    public void Reopen()
    {
        Emulator.Dispose();
        Emulator = EngageEmulator.Open(Options, Clock);
    }

    public void Dispose()
    {
        Emulator.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
