namespace BackInStock.Emulator.Storage;

/// <summary>
/// Where a configured data file really is. A symbolic link is followed to its final target before
/// anything looks at the file: .NET reports a link's own size, which made a linked file look truncated,
/// and LiteDB would put its log beside the link instead of beside the data.
/// </summary>
internal static class DataFilePath
{
    /// <summary>The full path of the file to lock and open, its folder created; any failure names the path.</summary>
    public static string Prepare(string configured)
    {
        string path;
        try
        {
            path = Path.GetFullPath(configured);
        }
        catch (Exception failure) when (failure is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw StoreOpenException.Unwritable(configured, failure);
        }

        path = FollowLinks(path);
        try
        {
            var folder = Path.GetDirectoryName(path)!;
            if (FileAbove(folder) is { } file)
            {
                throw StoreOpenException.Unwritable(path, $"'{file}' is a file, not a folder");
            }

            Directory.CreateDirectory(folder);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw StoreOpenException.Unwritable(path, failure);
        }

        ProbeFolder(path);
        return path;
    }

    /// <summary>
    /// LiteDB writes its log beside the data file, creating and deleting it as it goes: a writable file in a
    /// read-only folder would open and then fail every write, so the folder is tried now.
    /// </summary>
    private static void ProbeFolder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        try
        {
            new FileStream(Path.Combine(folder, $".{Path.GetFileName(path)}-{Guid.NewGuid():N}.probe"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose).Dispose();
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw StoreOpenException.Unwritable(path, $"this user cannot create files in its folder '{folder}', where LiteDB keeps its log: {failure.Message}", failure);
        }
    }

    private static string? FileAbove(string? folder)
    {
        for (; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return folder;
            }
        }

        return null;
    }

    private static string FollowLinks(string path)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is null)
        {
            return path;
        }

        FileSystemInfo? target;
        try
        {
            target = file.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw StoreOpenException.Unwritable(path, failure);
        }

        if (target is null)
        {
            return path;
        }

        if (Directory.Exists(target.FullName))
        {
            throw StoreOpenException.Unwritable(path, $"it is a link to the folder '{target.FullName}', not to a file");
        }

        return File.Exists(target.FullName) ? target.FullName : throw StoreOpenException.DanglingLink(path, target.FullName);
    }
}
