using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Errors;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Security.Captcha;

/// <summary>Checks the captcha token before the accelerator's handler runs; 403 CaptchaFailed when it does not pass.</summary>
public sealed class CaptchaFilter(IOptions<CaptchaOptions> options, IServiceProvider services) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.Value;
        if (settings.Mode == CaptchaMode.Off)
        {
            return await next(context);
        }

        var http = context.HttpContext;
        var token = http.Request.Headers[settings.Header].FirstOrDefault();
        var passed = !string.IsNullOrEmpty(token) && settings.Mode switch
        {
            CaptchaMode.TestToken => string.Equals(token, settings.TestToken, StringComparison.Ordinal),
            _ => await services.GetRequiredService<SiteVerifyCaptcha>().VerifyAsync(token, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted),
        };
        return passed
            ? await next(context)
            : Problems.For(http, ErrorCatalogue.CaptchaFailed, token is null ? $"Send the captcha token in the '{settings.Header}' header." : "The captcha token did not verify.");
    }
}
