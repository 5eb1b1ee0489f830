using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// Keeps a data file to one writer by locking the file itself, so removing a side file cannot let a
/// second process in. LiteDB opens the file with .NET's FileShare, which on Unix is a shared flock that
/// any other process gets too; this lock is of a kind the OS keeps apart from flock. On Linux it is an
/// open-file-description lock: held by this handle alone, so a second store in the same process is refused
/// as well, and closing some other handle to the file does not drop it (a plain POSIX lock would be
/// dropped by any close in the process). On Windows it is a byte-range lock past any data LiteDB writes.
/// The OS releases it when the process dies, so a kill -9 never leaves the file locked.
/// </summary>
internal sealed class DataFileLock : IDisposable
{
    // A store still closing in this process (a restart in the same process) is given this long to let go.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    private readonly FileStream _handle;
    private readonly FileStream? _sideFile;
    private readonly string? _descriptorLink;
    private readonly string? _openedAs;
    private volatile bool _gone;

    private DataFileLock(FileStream handle, FileStream? sideFile, string path)
    {
        _handle = handle;
        _sideFile = sideFile;
        Path = path;
        if (OperatingSystem.IsLinux())
        {
            // The kernel's name for the open file: it gains " (deleted)" or changes when the path no longer leads to it.
            _descriptorLink = $"/proc/self/fd/{handle.SafeFileHandle.DangerousGetHandle()}";
            _openedAs = ReadLink(_descriptorLink);
        }
    }

    /// <summary>The locked file's full path, links followed.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) and locks <paramref name="path"/>, an already resolved full path.</summary>
    public static DataFileLock Acquire(string path)
    {
        var deadline = DateTime.UtcNow + Grace;
        while (true)
        {
            var handle = Open(path);
            if (TryLock(handle, path, out var sideFile))
            {
                DataFileOwner.Current().WriteFor(path);
                return new DataFileLock(handle, sideFile, path);
            }

            handle.Dispose();
            if (DateTime.UtcNow >= deadline)
            {
                throw StoreOpenException.InUse(path, DataFileOwner.ReadFor(path));
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>
    /// Whether the path still leads to the locked file: false for good once the file was deleted, moved or
    /// replaced, since everything written after that is lost at the next start. One readlink, a few microseconds.
    /// </summary>
    public bool StillAtPath()
    {
        if (_gone)
        {
            return false;
        }

        var here = _openedAs is null ? File.Exists(Path) : ReadLink(_descriptorLink!) == _openedAs;
        _gone = !here;
        return here;
    }

    /// <summary>Records where this process serves beside the file, for a second process that is refused it.</summary>
    public void Announce(string servedAt) => DataFileOwner.Current(servedAt).WriteFor(Path);

    public void Dispose()
    {
        DataFileOwner.RemoveFor(Path);
        _handle.Dispose();
        _sideFile?.Dispose();
    }

    private static FileStream Open(string path)
    {
        try
        {
            // Windows locks are mandatory and its share modes refuse LiteDB's own write handle next to another
            // writer, so there the lock is held through a read handle; fcntl's write lock needs a write handle.
            var access = OperatingSystem.IsWindows() ? FileAccess.Read : FileAccess.ReadWrite;
            return new FileStream(path, FileMode.OpenOrCreate, access, FileShare.ReadWrite, bufferSize: 1);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw StoreOpenException.Unwritable(path, failure);
        }
    }

    /// <returns>Whether this handle now holds the lock; false while another holds it.</returns>
    private static bool TryLock(FileStream handle, string path, out FileStream? sideFile)
    {
        sideFile = null;
        if (OperatingSystem.IsLinux())
        {
            var whole = new FileRange { Type = WriteLock, Whence = 0, Start = 0, Length = 0 };
            if (Fcntl(handle.SafeFileHandle, OpenFileDescriptionSetLock, ref whole) == 0)
            {
                return true;
            }

            if (Marshal.GetLastPInvokeError() is WouldBlock or AccessDenied)
            {
                return false;
            }

            // A kernel or file system without these locks (EINVAL, ENOLCK): the side file below, as on macOS.
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                handle.Lock(long.MaxValue - 1, 1);
            }
            else
            {
                // macOS has neither FileStream.Lock nor open-file-description locks: an exclusive side file, as
                // before (which a removed side file gets past).
                sideFile = new FileStream(path + "-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string? ReadLink(string link)
    {
        try
        {
            return new FileInfo(link).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private const int OpenFileDescriptionSetLock = 37; // F_OFD_SETLK (Linux 3.15+)
    private const short WriteLock = 1; // F_WRLCK
    private const int AccessDenied = 13; // EACCES
    private const int WouldBlock = 11; // EAGAIN

    /// <summary>struct flock (64-bit Linux).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct FileRange
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int Pid;
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project for one call.
    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fcntl(SafeFileHandle descriptor, int command, ref FileRange range);
}
