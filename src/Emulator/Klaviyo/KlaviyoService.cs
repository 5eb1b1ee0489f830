using BackInStock.Emulator.Accelerator;
using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Klaviyo;

/// <summary>
/// Centra's back-in-stock flow for Klaviyo shops, on the tenant's engine: a subscription to a variant
/// becomes a subscription to the size's SKU in the ship-to market, so the same stock updates trigger it,
/// exactly once, with the same outbox and integration log. The trigger plays Klaviyo's flow, whose
/// "back in stock delay" holds the shopper until the variant is restocked.
/// </summary>
public sealed class KlaviyoService(IEmulatorStore store, ContactService contacts, SubscriptionService subscriptions)
{
    /// <summary>
    /// Subscribes the shopper with this email to the variant; the contact is found or created.
    /// An item not in the catalog is an ItemNotFound on <paramref name="itemPath"/> saying <paramref name="notFound"/>.
    /// </summary>
    public KlaviyoSubscription Subscribe(BackInStockVariant variant, string email, string? language, string itemPath, string notFound) => store.Write(session =>
    {
        var offers = CentraCatalog.Find(session, variant.Item);
        if (offers.Count == 0)
        {
            throw new EmulatorException(
                ErrorCatalogue.ItemNotFound,
                $"No product in the catalog is display item {variant.Item.DisplayItemId} in size {variant.Item.SizeId}.",
                new Dictionary<string, List<string>> { [itemPath] = [notFound] });
        }

        var offer = CentraCatalog.Choose(offers, language, variant.ShipTo.Country);
        var contact = session.FindContactByEmail(email);
        var created = contact is null;
        contact ??= contacts.Create(session, new NewContact(email, Lang: language?.ToLowerInvariant() ?? LocaleParts.Split(offer.Locale).Lang, CountryCode: variant.ShipTo.Country));
        var subscription = subscriptions.Create(session, new NewSubscription(contact.Id, offer.Product.Sku, offer.Locale, variant.ShipTo.Market, SubscriptionSource.CentraKlaviyo));
        return new KlaviyoSubscription(variant, offer.Product.Sku, contact, created, subscription);
    });

    /// <summary>Per variant: subscriptions waiting, and those notified (from the outbox), by variant id.</summary>
    public IReadOnlyList<VariantReport> Report() => store.Read(session =>
    {
        var rows = new List<VariantReport>();
        foreach (var (sku, item) in CentraCatalog.Items(session))
        {
            var waiting = session.SubscriptionsForSku(sku)
                .Select(s => (Market: s.ExternalId, At: s.CreatedOn, s.Id))
                .ToList();
            var notified = session.Emails(new EmailQuery(Sku: sku, Limit: int.MaxValue))
                .Select(e => (Market: e.ExternalId, At: e.SentAt, Id: e.SubscriptionId))
                .DistinctBy(e => e.Id)
                .ToList();
            foreach (var market in waiting.Concat(notified).Select(x => x.Market).Distinct(StringComparer.Ordinal))
            {
                if (!ShipTo.TryParseMarket(market, out var shipTo))
                {
                    continue;
                }

                var waitingHere = waiting.Where(w => w.Market == market).ToList();
                var notifiedHere = notified.Where(n => n.Market == market).ToList();
                rows.Add(new VariantReport(
                    new BackInStockVariant(item, shipTo),
                    sku,
                    waitingHere.Count,
                    notifiedHere.Count,
                    waitingHere.Count == 0 ? null : waitingHere.Max(w => w.At),
                    notifiedHere.Count == 0 ? null : notifiedHere.Max(n => n.At)));
            }
        }

        return rows.OrderBy(r => r.Variant.VariantId, StringComparer.Ordinal).ToList();
    });
}
