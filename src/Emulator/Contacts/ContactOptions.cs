namespace BackInStock.Emulator.Contacts;

/// <summary>
/// How a tenant's contacts are set up, as a Voyado team configures a real tenant: which attribute is the key
/// (required on create, one contact per value) and which contact types exist.
/// </summary>
public sealed class ContactOptions
{
    /// <summary><c>email</c> (the default), <c>mobilePhone</c>, <c>externalId</c> or <c>socialSecurityNumber</c>.</summary>
    public string KeyIdentifier { get; set; } = "email";

    /// <summary>The tenant's contact types; the first is the default type. Engage always has Member and often Contact.</summary>
    public List<string> ContactTypes { get; set; } = [];

    public static readonly IReadOnlyList<string> DefaultContactTypes = ["Member", "Contact"];

    /// <summary>The contact types in force: the configured ones, or Member and Contact.</summary>
    public IReadOnlyList<string> Types => ContactTypes.Count > 0 ? ContactTypes : DefaultContactTypes;

    /// <summary>The key identifier in force; an unknown name fails at start-up with the names allowed.</summary>
    public ContactKey Key => KeyIdentifier.ToLowerInvariant() switch
    {
        "email" => ContactKey.Email,
        "mobilephone" => ContactKey.MobilePhone,
        "externalid" => ContactKey.ExternalId,
        "socialsecuritynumber" => ContactKey.SocialSecurityNumber,
        _ => throw new InvalidOperationException(
            $"Contacts:KeyIdentifier \"{KeyIdentifier}\" names no key; use email, mobilePhone, externalId or socialSecurityNumber."),
    };
}
