namespace BackInStock.Emulator.Contacts;

/// <summary>An Engage contact, reduced to what the back-in-stock flow reads and writes.</summary>
public sealed record Contact(
    Guid Id,
    string Email,
    string? FirstName,
    string? LastName,
    string? Lang,
    string? CountryCode,
    bool AcceptsEmail,
    string ContactType,
    DateTimeOffset CreatedOn);
