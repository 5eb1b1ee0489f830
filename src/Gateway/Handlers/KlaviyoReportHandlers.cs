using BackInStock.Emulator.Klaviyo;
using BackInStock.Emulator.Paging;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;

namespace BackInStock.Gateway.Handlers;

/// <summary>The emulator's stand-in for Klaviyo's Back In Stock Report.</summary>
public sealed class KlaviyoReportHandlers(TenantContext tenant) : IKlaviyoReportHandlers
{
    KlaviyoBackInStockReport IKlaviyoReportHandlers.KlaviyoBackInStockReport(int? limit, int? offset)
    {
        var page = Page.Of(tenant.Emulator.Klaviyo.Report(), offset ?? 0, limit ?? Page.DefaultLimit);
        return new()
        {
            Data = page.Items.Select(row => new KlaviyoVariantReport
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
            Total = page.Total,
            NextOffset = page.NextOffset,
        };
    }
}
