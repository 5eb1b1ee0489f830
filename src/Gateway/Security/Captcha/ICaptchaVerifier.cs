namespace BackInStock.Gateway.Security.Captcha;

/// <summary>Decides whether a captcha token is good. Pluggable: off, a fixed test token, or a provider's verify call.</summary>
public interface ICaptchaVerifier
{
    Task<bool> VerifyAsync(string token, string? remoteIp, CancellationToken cancellationToken);
}
