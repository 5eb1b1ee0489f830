using System.Globalization;
using System.Security;

namespace BackInStock.Emulator.Catalog;

/// <summary>
/// The demo catalog's product images: a small SVG drawn from the SKU alone (a garment on a colour the SKU
/// picks, the SKU written under it), so the same SKU always gives the same image, on any machine, offline.
/// </summary>
public static class DemoImage
{
    public static string Svg(string sku)
    {
        ArgumentNullException.ThrowIfNull(sku);
        var hue = (int)(Fnv(sku) % 360);
        var label = SecurityElement.Escape(sku.Length <= 24 ? sku : sku[..23] + "…");
        return string.Create(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="280" height="280" viewBox="0 0 280 280" role="img" aria-label="{label}">
            <rect width="280" height="280" rx="16" fill="hsl({hue},45%,88%)"/>
            <path d="M100 60l-44 26 18 34 16-8v96h100v-96l16 8 18-34-44-26c-6 14-22 22-40 22s-34-8-40-22z" fill="hsl({hue},40%,45%)"/>
            <text x="140" y="254" font-family="sans-serif" font-size="16" text-anchor="middle" fill="#333">{label}</text>
            </svg>
            """);
    }

    // string.GetHashCode differs per process; FNV-1a does not.
    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
