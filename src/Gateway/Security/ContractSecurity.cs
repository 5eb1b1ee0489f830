using BackInStock.Gateway.Tenancy;
namespace BackInStock.Gateway.Security;

/// <summary>
/// The contract's <c>security</c> as the gateway enforces it: each combination of schemes the contract
/// uses has one filter here. The group also carries the requirement as metadata, so the runtime OpenAPI
/// document states it and the drift test compares it with the contract.
/// </summary>
public static class ContractSecurity
{
    public const string ApiKey = "apiKey";
    public const string TenantHeader = "tenantHeader";
    public const string TenantQuery = "tenantQuery";
    public const string KlaviyoApiKey = "klaviyoApiKey";

    public static RouteGroupBuilder RequireContractSecurity(this RouteGroupBuilder group, IReadOnlyList<string> security)
    {
        var secured = security.Order(StringComparer.Ordinal).ToArray() switch
        {
            [] => group,
            [ApiKey] => group.RequireApiKey(),

            // Anyone, a key or a named tenant: the control plane, which picks the tenant it acts on.
            ["", ApiKey, TenantHeader, TenantQuery] => group.SelectsTenant(),
            [KlaviyoApiKey] => group.RequireKlaviyoApiKey(),
            _ => throw new InvalidOperationException(
                $"No filter enforces the contract's security [{string.Join(", ", security)}]; add one to {nameof(ContractSecurity)}."),
        };
        return secured.WithMetadata(new SecurityRequirements(security));
    }
}

/// <summary>The security an endpoint enforces, as the contract writes it (see <see cref="Contract.ContractTag.Security"/>).</summary>
public sealed record SecurityRequirements(IReadOnlyList<string> Alternatives);
