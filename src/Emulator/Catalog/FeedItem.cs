namespace BackInStock.Emulator.Catalog;

/// <summary>A product read from a feed, with where it stands there ("item 3 (line 41)", "line 7") for error messages.</summary>
internal readonly record struct FeedItem(string Where, Product Product);
