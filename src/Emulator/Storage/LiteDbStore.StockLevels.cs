using System.Globalization;
using BackInStock.Emulator.Changes;
using BackInStock.Emulator.Paging;
using BackInStock.Emulator.StockLevels;
using LiteDB;

namespace BackInStock.Emulator.Storage;

public sealed partial class LiteDbStore
{
    private readonly ILiteCollection<StockLevelDocument> _stockLevels;
    private const string BatchSequenceSetting = "batch-sequence";

    private readonly ILiteCollection<JournalDocument> _batches;

    public void UpsertStockLevel(StockLevel level)
    {
        _stockLevels.Upsert(new StockLevelDocument
        {
            Id = StockLevelDocument.KeyOf(level.Sku, level.Locale, level.ExternalId),
            Sku = level.Sku,
            Json = Payload.Write(level),
        });
        Record(new Change(Change.StockLevelChanged, level.Sku, Data(
            ("sku", level.Sku), ("locale", level.Locale), ("externalId", level.ExternalId), ("quantity", level.Quantity.ToString(CultureInfo.InvariantCulture)))));
    }

    public IReadOnlyList<StockLevel> StockLevels(string? sku) =>
        (sku is null ? _stockLevels.FindAll() : _stockLevels.Find(s => s.Sku == sku))
            .Select(s => Payload.Read<StockLevel>(s.Json))
            .OrderBy(s => s.Sku, StringComparer.Ordinal).ThenBy(s => s.Locale, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.ExternalId, StringComparer.Ordinal)
            .ToList();

    // The key starts with the SKU, so the primary index gives the documented order without a sort.
    public Page<StockLevel> StockLevels(string? sku, int offset, int limit)
    {
        if (sku is not null)
        {
            // One SKU's levels are few: sorted here, since LiteDB's own sort refuses keys as long as the longest allowed.
            var levels = _stockLevels.Find(s => s.Sku == sku).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
            return new Page<StockLevel>(levels.Skip(offset).Take(limit).Select(s => Payload.Read<StockLevel>(s.Json)).ToList(), offset, levels.Count);
        }

        var items = _stockLevels.Query().OrderBy(s => s.Id).Skip(offset).Limit(limit).ToList().Select(s => Payload.Read<StockLevel>(s.Json)).ToList();
        return new Page<StockLevel>(items, offset, _stockLevels.Count());
    }

    public StockLevel? FindStockLevel(string sku, string? locale, string? externalId) =>
        _stockLevels.FindById(StockLevelDocument.KeyOf(sku, locale, externalId)) is { } document ? Payload.Read<StockLevel>(document.Json) : null;

    public StockBatch InsertBatch(StockBatch batch)
    {
        var last = _settings.FindById(BatchSequenceSetting) is { } setting ? long.Parse(setting.Json, CultureInfo.InvariantCulture) : 0;
        var numbered = batch with { Sequence = last + 1 };
        _settings.Upsert(new SettingDocument { Id = BatchSequenceSetting, Json = numbered.Sequence.ToString(CultureInfo.InvariantCulture) });
        _batches.Insert(new JournalDocument { Id = numbered.Id, Ticks = numbered.ReceivedAt.UtcTicks, Json = Payload.Write(numbered) });
        return numbered;
    }

    public IReadOnlyList<StockBatch> PendingBatches() =>
        _batches.Query().OrderBy(b => b.Ticks).ToList().Select(b => Payload.Read<StockBatch>(b.Json)).ToList();

    public StockBatch? FindBatch(Guid id) => _batches.FindById(id) is { } document ? Payload.Read<StockBatch>(document.Json) : null;

    public bool UpdateBatch(StockBatch batch) =>
        _batches.Update(new JournalDocument { Id = batch.Id, Ticks = batch.ReceivedAt.UtcTicks, Json = Payload.Write(batch) });

    public bool DeleteBatch(Guid id) => _batches.Delete(id);
}
