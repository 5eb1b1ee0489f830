namespace BackInStock.Emulator.Contacts;

/// <summary>What a client sends to create a contact (Engage's flat create-contact body).</summary>
public sealed record NewContact(
    string Email,
    string? FirstName = null,
    string? LastName = null,
    string? Lang = null,
    string? CountryCode = null,
    bool AcceptsEmail = false,
    string? ContactType = null);
