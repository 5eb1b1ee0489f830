namespace BackInStock.Emulator.Paging;

/// <summary>
/// One page of a list in a fixed order: its items, the offset it starts at and how many match in all.
/// Offsets rather than cursors keep pages addressable from a link; a list that changes between two
/// requests can shift by what was added or removed before the offset.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Total)
{
    /// <summary>Where the next page starts, or null when this one reaches the end.</summary>
    public int? NextOffset => Items.Count > 0 && Offset + Items.Count < Total ? Offset + Items.Count : null;

    public Page<TOut> Select<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Offset, Total);
}

/// <summary>Paging defaults and pages of lists already in memory.</summary>
public static class Page
{
    /// <summary>How many a list answers when the request does not say (the contract's <c>limit</c> default).</summary>
    public const int DefaultLimit = 100;

    public static Page<T> Of<T>(IReadOnlyList<T> all, int offset, int limit) =>
        new(all.Skip(offset).Take(limit).ToList(), offset, all.Count);
}
