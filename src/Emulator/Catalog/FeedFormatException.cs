namespace BackInStock.Emulator.Catalog;

/// <summary>A product feed that cannot be read; the message names the item or line, and the file when known.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException()
    {
    }

    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FeedFormatException(string message, string? fileName, Exception? innerException = null)
        : base(message, innerException)
    {
        FileName = fileName;
    }

    /// <summary>The feed file's name, when the feed was read from a file.</summary>
    public string? FileName { get; }
}
