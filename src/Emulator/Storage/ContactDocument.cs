using BackInStock.Emulator.Contacts;

namespace BackInStock.Emulator.Storage;

/// <summary>A contact as stored, with the email key two addresses of one contact share (<see cref="EmailAddress.Key"/>).</summary>
internal sealed class ContactDocument
{
    public Guid Id { get; set; }

    public string Email { get; set; } = "";

    public string EmailKey { get; set; } = "";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Lang { get; set; }

    public string? CountryCode { get; set; }

    public bool AcceptsEmail { get; set; }

    public string ContactType { get; set; } = "";

    public long CreatedOnTicks { get; set; }

    public static string KeyOf(string email) => EmailAddress.Key(email);

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
    };

    public Contact ToContact() => new(
        Id, Email, FirstName, LastName, Lang, CountryCode, AcceptsEmail, ContactType, new DateTimeOffset(CreatedOnTicks, TimeSpan.Zero));
}
