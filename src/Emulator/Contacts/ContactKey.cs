namespace BackInStock.Emulator.Contacts;

/// <summary>The attributes that identify a contact in Engage: a tenant picks one as its key identifier.</summary>
public enum ContactKey
{
    Email,
    MobilePhone,
    ExternalId,
    SocialSecurityNumber,
}
