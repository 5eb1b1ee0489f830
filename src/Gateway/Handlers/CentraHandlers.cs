using BackInStock.Emulator.Tenancy;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Handlers;

/// <summary>Voyado's Centra accelerator: the storefront's subscribe call, routed to a tenant by its store.</summary>
public sealed class CentraHandlers(TenantDirectory tenants) : ICentraHandlers
{
    // The captcha token has been checked by CaptchaFilter before the handler runs.
    CentraSubscribeResult ICentraHandlers.CentraSubscribe(string? xCaptchaToken, CentraSubscribeRequest body)
    {
        var (tenant, _) = tenants.ResolveStore(body.Store);
        var result = tenant.Emulator.Accelerator.Subscribe(body.Email, body.Sku, body.Acceptemail, body.Locale, body.ExternalId);
        return new() { ContactId = result.Contact.Id, ContactCreated = result.ContactCreated, SubscriptionId = result.Subscription.Id };
    }
}
