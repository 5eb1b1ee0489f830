using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Validation;

namespace BackInStock.Gateway.Handlers;

/// <summary>Klaviyo's client back-in-stock API; any company_id names the default tenant.</summary>
public sealed class KlaviyoClientHandlers(TenantContext tenant) : IKlaviyoClientHandlers
{
    void IKlaviyoClientHandlers.CreateClientBackInStockSubscription(string company_id, string revision, KlaviyoClientBackInStockRequest body) =>
        KlaviyoSubscribing.Subscribe(tenant.Emulator, revision, body.Data.Attributes.Channels, body.Data.Attributes.Profile, body.Data.Relationships);
}
