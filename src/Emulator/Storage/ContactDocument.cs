using BackInStock.Emulator.Contacts;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// A contact as stored, with the keys a lookup searches by: the email key two addresses of one contact share
/// (<see cref="EmailAddress.Key"/>), the normalized mobile phone, the external id and the social security
/// number's key. Members added after the first version are absent from older documents and read as their
/// defaults: no other keys, no SMS consent, approved, modified when created, no consents.
/// </summary>
internal sealed class ContactDocument
{
    public Guid Id { get; set; }

    public string? Email { get; set; }

    public string? EmailKey { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Lang { get; set; }

    public string? CountryCode { get; set; }

    public bool AcceptsEmail { get; set; }

    public string ContactType { get; set; } = "";

    public long CreatedOnTicks { get; set; }

    public string? MobilePhone { get; set; }

    public string? ExternalId { get; set; }

    public string? SocialSecurityNumber { get; set; }

    public string? SocialSecurityNumberKey { get; set; }

    public bool AcceptsSms { get; set; }

    // Stored as its negation so a document written before approval existed reads as approved.
    public bool Unapproved { get; set; }

    public string? Source { get; set; }

    public string? StoreExternalId { get; set; }

    // 0 in documents written before changes were possible: the contact was last modified when created.
    public long ModifiedOnTicks { get; set; }

    public List<ConsentDocument>? Consents { get; set; }

    public static string? KeyOf(string? email) => email is null ? null : EmailAddress.Key(email);

    public static ContactDocument From(Contact c) => new()
    {
        Id = c.Id,
        Email = c.Email,
        EmailKey = KeyOf(c.Email),
        FirstName = c.FirstName,
        LastName = c.LastName,
        Lang = c.Lang,
        CountryCode = c.CountryCode,
        AcceptsEmail = c.AcceptsEmail,
        ContactType = c.ContactType,
        CreatedOnTicks = c.CreatedOn.UtcTicks,
        MobilePhone = c.MobilePhone,
        ExternalId = c.ExternalId,
        SocialSecurityNumber = c.SocialSecurityNumber,
        SocialSecurityNumberKey = Contacts.SocialSecurityNumber.Key(c.SocialSecurityNumber),
        AcceptsSms = c.AcceptsSms,
        Unapproved = !c.Approved,
        Source = c.Source,
        StoreExternalId = c.StoreExternalId,
        ModifiedOnTicks = c.ModifiedOn.UtcTicks,
        Consents = c.Consents.Count == 0 ? null : [.. c.Consents.Select(ConsentDocument.From)],
    };

    public Contact ToContact()
    {
        var createdOn = new DateTimeOffset(CreatedOnTicks, TimeSpan.Zero);
        return new(Id, Email, FirstName, LastName, Lang, CountryCode, AcceptsEmail, ContactType, createdOn)
        {
            MobilePhone = MobilePhone,
            ExternalId = ExternalId,
            SocialSecurityNumber = SocialSecurityNumber,
            AcceptsSms = AcceptsSms,
            Approved = !Unapproved,
            Source = Source,
            StoreExternalId = StoreExternalId,
            ModifiedOn = ModifiedOnTicks == 0 ? createdOn : new DateTimeOffset(ModifiedOnTicks, TimeSpan.Zero),
            Consents = Consents is null ? [] : [.. Consents.Select(c => c.ToConsent())],
        };
    }
}

/// <summary>A consent as stored inside its contact.</summary>
internal sealed class ConsentDocument
{
    public string Id { get; set; } = "";

    public bool Value { get; set; }

    public long DateTicks { get; set; }

    public string? Source { get; set; }

    public string? Comment { get; set; }

    public static ConsentDocument From(Consent c) => new()
    {
        Id = c.Id,
        Value = c.Value,
        DateTicks = c.Date.UtcTicks,
        Source = c.Source,
        Comment = c.Comment,
    };

    public Consent ToConsent() => new(Id, Value, new DateTimeOffset(DateTicks, TimeSpan.Zero), Source, Comment);
}
