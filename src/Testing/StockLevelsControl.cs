using BackInStock.Client;

namespace BackInStock.Testing;

/// <summary>
/// Stock levels, sent as an Engage integration sends them (<c>PUT /api/v3/inventory/stock-levels</c>): each quantity
/// is the latest absolute level. The update has run its automations when the call returns; emails are in the outbox.
/// </summary>
public sealed class StockLevelsControl
{
    private const int PageSize = 1000;

    private readonly BackInStockClient _api;
    private readonly EmulatorClient _emulator;

    internal StockLevelsControl(BackInStockClient api, EmulatorClient emulator)
    {
        _api = api;
        _emulator = emulator;
    }

    /// <summary>
    /// Sets one SKU's level. A locale or externalId narrows which subscriptions it matches; with neither it matches
    /// the SKU's subscriptions in every locale.
    /// </summary>
    public Task SetAsync(string sku, int quantity, string? locale = null, string? externalId = null, CancellationToken cancellationToken = default) =>
        SetAsync([new StockLevelUpdate { Sku = sku, Quantity = quantity, Locale = locale, ExternalId = externalId }], cancellationToken);

    /// <summary>Sends a batch of levels in one update.</summary>
    public Task SetAsync(IEnumerable<StockLevelUpdate> levels, CancellationToken cancellationToken = default) =>
        _api.UpdateStockLevelsAsync(levels, cancellationToken);

    /// <summary>The current levels (emulator-only: Engage keeps them but has no route to read them), optionally of one SKU.</summary>
    public async Task<IReadOnlyList<StockLevel>> ListAsync(string? sku = null, CancellationToken cancellationToken = default)
    {
        var levels = new List<StockLevel>();
        int? offset = 0;
        while (offset is { } from)
        {
            var page = await _emulator.ListStockLevelsAsync(sku, PageSize, from, cancellationToken).ConfigureAwait(false);
            levels.AddRange(page.Data);
            offset = page.NextOffset;
        }

        return levels;
    }
}
