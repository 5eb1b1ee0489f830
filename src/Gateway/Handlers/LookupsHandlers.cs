using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.Lookups;

namespace BackInStock.Gateway.Handlers;

/// <summary>Engage's stores and consent definitions, from the tenant's configuration.</summary>
public sealed class LookupsHandlers(TenantContext tenant) : ILookupsHandlers
{
    ICollection<ApiStore> ILookupsHandlers.ListStores(bool? includeInactive) =>
        tenant.Emulator.Lookups.ListStores(includeInactive ?? false).Select(ToDto).ToList();

    ICollection<ApiConsentDefinition> ILookupsHandlers.ListConsents() =>
        tenant.Emulator.Lookups.Consents.Select(c => new ApiConsentDefinition
        {
            Id = c.Id,
            Name = c.Name,
            MetaData = new() { ConditionText = new Dictionary<string, string>(c.ConditionText), DisplayText = new Dictionary<string, string>(c.DisplayText), LinkText = new Dictionary<string, string>(c.LinkText) },
        }).ToList();

    // Engage answers every member, null where the store has none; those the emulator does not configure stay null.
    private static ApiStore ToDto(Domain.EngageStore s) => new()
    {
        Name = s.Name,
        City = s.City,
        CountryCode = s.CountryCode,
        County = s.County,
        Email = s.Email,
        AdjacentZipCodes = null,
        EmailUnsubscribeText = null,
        EmailViewOnlineText = null,
        ExternalId = s.ExternalId,
        FooterHtml = null,
        HeaderHtml = null,
        Homepage = s.Homepage,
        PhoneNumber = s.PhoneNumber,
        Region = s.Region,
        SenderAddress = null,
        SenderName = null,
        Street = s.Street,
        Type = s.Type,
        ZipCode = s.ZipCode,
        Active = s.Active,
        TimeZone = s.TimeZone,
    };
}
