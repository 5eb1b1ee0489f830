using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;

namespace BackInStock.Gateway.Handlers;

/// <summary>The emulator's stand-in for Klaviyo's Back In Stock Report.</summary>
public sealed class KlaviyoReportHandlers(TenantContext tenant) : IKlaviyoReportHandlers
{
    KlaviyoBackInStockReport IKlaviyoReportHandlers.KlaviyoBackInStockReport() => new()
    {
        Data = tenant.Emulator.Klaviyo.Report().Select(row => new KlaviyoVariantReport
        {
            CatalogVariantId = row.Variant.CatalogVariantId.ToString(),
            VariantId = row.Variant.VariantId,
            ProductId = row.Variant.ProductId,
            Item = row.Variant.Item.ToString(),
            Sku = row.Sku,
            Market = row.Variant.ShipTo.Market,
            WaitingSubscribers = row.Waiting,
            Notified = row.Notified,
            LastSubscribedAt = row.LastSubscribedAt,
            LastNotifiedAt = row.LastNotifiedAt,
        }).ToList(),
    };
}
