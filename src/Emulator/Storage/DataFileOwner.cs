using System.Diagnostics;
using System.Text.Json;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// Who holds a data file: a small JSON file beside it (<c>&lt;data file&gt;-owner</c>) with the holder's process
/// id and, once it listens, where it serves. The file lock itself cannot say: Linux's open-file-description
/// locks report no process. Only a process holding the lock writes it; one refused the lock reads it to say
/// which gateway to stop or to use instead. A holder killed with -9 leaves it behind, so a reader trusts it
/// only while that process still runs, and the next holder overwrites it.
/// </summary>
public sealed record DataFileOwner(int ProcessId, string? ServedAt)
{
    public static string PathOf(string dataFile) => dataFile + "-owner";

    /// <summary>This process as the holder, with where it serves when known.</summary>
    public static DataFileOwner Current(string? servedAt = null) => new(Environment.ProcessId, servedAt);

    /// <summary>Best effort: a holder that cannot write beside its data file still holds it.</summary>
    public void WriteFor(string dataFile)
    {
        try
        {
            File.WriteAllText(PathOf(dataFile), JsonSerializer.Serialize(this));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // The lock alone keeps the file to one writer; this only makes a refusal more helpful.
        }
    }

    /// <summary>The holder named beside <paramref name="dataFile"/>, or null when none is named or it no longer runs.</summary>
    public static DataFileOwner? ReadFor(string dataFile)
    {
        try
        {
            var owner = JsonSerializer.Deserialize<DataFileOwner>(File.ReadAllText(PathOf(dataFile)));
            return owner is { ProcessId: > 0 } && Runs(owner.ProcessId) ? owner : null;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Removes the file if it still names this process (called before the lock is let go).</summary>
    public static void RemoveFor(string dataFile)
    {
        try
        {
            if (ReadFor(dataFile) is { } owner && owner.ProcessId == Environment.ProcessId)
            {
                File.Delete(PathOf(dataFile));
            }
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Left behind, it names a process that has ended, which readers ignore.
        }
    }

    /// <summary>"PID 1234, serving http://localhost:5080", for a refusal's message.</summary>
    public string Describe() => ServedAt is null ? $"PID {ProcessId}" : $"PID {ProcessId}, serving {ServedAt}";

    private static bool Runs(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception failure) when (failure is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
