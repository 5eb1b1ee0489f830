using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;
using BackInStock.Gateway.Tenancy;
using BackInStock.Gateway.Validation;

namespace BackInStock.Gateway.Handlers;

/// <summary>Klaviyo's server back-in-stock API; the private key has been checked by KlaviyoApiKeyFilter.</summary>
public sealed class KlaviyoHandlers(TenantContext tenant) : IKlaviyoHandlers
{
    void IKlaviyoHandlers.CreateBackInStockSubscription(string revision, KlaviyoServerBackInStockRequest body) =>
        KlaviyoSubscribing.Subscribe(tenant.Emulator, revision, body.Data.Attributes.Channels, body.Data.Attributes.Profile, body.Data.Relationships);
}
