namespace BackInStock.Gateway.Security.Captcha;

/// <summary>How the open accelerator endpoint checks captchas ("Accelerator:Captcha").</summary>
public sealed class CaptchaOptions
{
    public const string Section = "Accelerator:Captcha";

    /// <summary>Off (the default, for development), TestToken (only <see cref="TestToken"/> passes) or SiteVerify (a provider's verify call).</summary>
    public CaptchaMode Mode { get; set; } = CaptchaMode.Off;

    /// <summary>The header the storefront sends the token in.</summary>
    public string Header { get; set; } = "X-Captcha-Token";

    /// <summary>The one token that passes in TestToken mode, for deterministic tests of a form's captcha handling.</summary>
    public string TestToken { get; set; } = "bis-test-captcha-pass";

    /// <summary>The provider's verify endpoint, e.g. reCAPTCHA's, hCaptcha's or Turnstile's siteverify URL.</summary>
    public Uri? VerifyUrl { get; set; }

    /// <summary>The provider secret sent with each verify call.</summary>
    public string? Secret { get; set; }
}

public enum CaptchaMode
{
    Off,
    TestToken,
    SiteVerify,
}
