namespace BackInStock.Emulator.Subscriptions;

/// <summary>Locales are compared case-insensitively (Engage's own example mixes "sv-se" and "sv-SE").</summary>
public static class Locales
{
    public static bool Equal(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    public static string Key(string locale) => locale.ToLowerInvariant();
}
