namespace BackInStock.Emulator.Contacts;

/// <summary>
/// A partial update: a null member is left as it is; an empty string clears the attribute, as Engage's
/// update-contact page warns it does.
/// </summary>
public sealed record ContactChanges
{
    public string? Email { get; init; }

    public string? MobilePhone { get; init; }

    public string? ExternalId { get; init; }

    public string? SocialSecurityNumber { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Lang { get; init; }

    public string? CountryCode { get; init; }

    public bool? AcceptsEmail { get; init; }

    public bool? AcceptsSms { get; init; }
}
