using Microsoft.Win32.SafeHandles;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// Makes a commit durable. LiteDB writes a transaction's pages to its log file (`name-log.ext`) before its
/// Commit returns, so they survive the process, but it asks the disk to keep them only at a checkpoint: a
/// power cut could lose acknowledged writes. After each group commit, one fsync of the log file (through a
/// handle of our own, as fsync flushes the file whoever wrote it) puts the whole group on the disk.
/// LiteDB creates the log at its first write and truncates, never deletes, it while open, so the handle
/// opened after that first write stays the file's.
/// </summary>
internal sealed class LogFileFlush(string dataFile) : IDisposable
{
    private readonly string _path = Path.Combine(
        Path.GetDirectoryName(dataFile) ?? "", Path.GetFileNameWithoutExtension(dataFile) + "-log" + Path.GetExtension(dataFile));

    private SafeFileHandle? _handle;

    public void Flush()
    {
        if (_handle is null)
        {
            if (!File.Exists(_path))
            {
                // Nothing was ever written to a log: a commit with no changes, or LiteDB wrote straight to the data file.
                return;
            }

            _handle = File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        RandomAccess.FlushToDisk(_handle);
    }

    public void Dispose() => _handle?.Dispose();
}
