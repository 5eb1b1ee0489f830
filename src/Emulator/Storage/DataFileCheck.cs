using System.Text;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// Looks at a data file before LiteDB does: LiteDB rewrites a file it cannot read as a fresh database,
/// which would silently destroy a user's truncated or foreign file. A file that is not a whole number
/// of LiteDB pages, or lacks LiteDB's header, is refused untouched.
/// </summary>
internal static class DataFileCheck
{
    private const int PageSize = 8192;
    private static readonly byte[] Signature = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    public static void Verify(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
        {
            return;
        }

        if (file.Length % PageSize != 0)
        {
            throw new InvalidDataException($"its size, {file.Length} bytes, is not a whole number of {PageSize}-byte pages: it looks truncated");
        }

        var header = new byte[PageSize];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            stream.ReadExactly(header);
        }

        if (header.AsSpan().IndexOf(Signature) < 0)
        {
            throw new InvalidDataException("it has no LiteDB header: it is not a BackInStock data file");
        }
    }
}
