namespace BackInStock.Emulator.Catalog;

/// <summary>A locale's product feed as the emulator holds it.</summary>
/// <param name="Source">Where it came from: "demo", the file it was loaded from, or "api".</param>
public sealed record Feed(string Locale, string Source, DateTimeOffset LoadedAt, int ProductCount);
