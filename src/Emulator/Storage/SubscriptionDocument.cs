using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Storage;

/// <summary>A subscription as stored: times as UTC ticks so ordering and precision survive LiteDB's date handling.</summary>
internal sealed class SubscriptionDocument
{
    public Guid Id { get; set; }

    public Guid ContactId { get; set; }

    public string Sku { get; set; } = "";

    public string Locale { get; set; } = "";

    public string LocaleKey { get; set; } = "";

    public string? ExternalId { get; set; }

    public long CreatedOnTicks { get; set; }

    /// <summary>Absent from documents stored before sources existed, which read as Engage's.</summary>
    public SubscriptionSource Source { get; set; }

    public static SubscriptionDocument From(Subscription s) => new()
    {
        Id = s.Id,
        ContactId = s.ContactId,
        Sku = s.Sku,
        Locale = s.Locale,
        LocaleKey = Locales.Key(s.Locale),
        ExternalId = s.ExternalId,
        CreatedOnTicks = s.CreatedOn.UtcTicks,
        Source = s.Source,
    };

    public Subscription ToSubscription() =>
        new(Id, ContactId, Sku, Locale, ExternalId, new DateTimeOffset(CreatedOnTicks, TimeSpan.Zero), Source);
}
