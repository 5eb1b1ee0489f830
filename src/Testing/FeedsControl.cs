using BackInStock.Client;

namespace BackInStock.Testing;

/// <summary>
/// The product feeds, one per locale. A subscription triggers only when its locale has a feed and the SKU is in
/// it, so a test that does not use the demo catalog loads its own products here.
/// </summary>
public sealed class FeedsControl
{
    private readonly FeedsClient _feeds;

    internal FeedsControl(FeedsClient feeds) => _feeds = feeds;

    /// <summary>Makes <paramref name="products"/> the whole feed of <paramref name="locale"/>; out-of-stock products belong in it too.</summary>
    public Task<Feed> ReplaceAsync(string locale, IEnumerable<Product> products, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        return _feeds.ReplaceFeedAsync(products, locale, cancellationToken);
    }

    /// <summary>Every feed: locale, source and product count.</summary>
    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken = default) =>
        (await _feeds.ListFeedsAsync(cancellationToken).ConfigureAwait(false)).Data;

    /// <summary>Removes the feed of <paramref name="locale"/>; its subscriptions then fail the "feed exists" condition.</summary>
    public Task DeleteAsync(string locale, CancellationToken cancellationToken = default) => _feeds.DeleteFeedAsync(locale, cancellationToken);
}
