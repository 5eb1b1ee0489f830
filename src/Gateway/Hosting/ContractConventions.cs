using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Security;

namespace BackInStock.Gateway.Hosting;

/// <summary>
/// What a tag's route group gets from the contract, in the order the filters run: the error dialect of
/// its 400 (or 422) answer, the filter for its <c>security</c>, Engage's rate limit (operations Engage's <c>apiKey</c>
/// guards), storefront protection (<c>x-storefront</c>), the captcha (an <c>X-Captcha-Token</c> header),
/// and a sandbox for the HTML it serves.
/// </summary>
public static class ContractConventions
{
    public static RouteGroupBuilder WithContractConventions(this RouteGroupBuilder group, ContractTag tag)
    {
        group.WithErrorDialectOf(tag.ErrorType).RequireContractSecurity(tag.Security);
        if (tag.Security is [ContractSecurity.ApiKey])
        {
            group.RequireEngageRateLimit();
        }

        if (tag.Storefront)
        {
            group.ProtectStorefrontApi();
        }

        if (tag.Captcha)
        {
            group.RequireCaptcha();
        }

        if (tag.ServesHtml)
        {
            group.ServeHtmlSandboxed();
        }

        return group;
    }
}
