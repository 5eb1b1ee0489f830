using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace BackInStock.Gateway.Security.Captcha;

/// <summary>
/// The verify call reCAPTCHA, hCaptcha and Cloudflare Turnstile share: a form POST of secret, response
/// and remoteip to the provider's siteverify URL, answered with {"success": bool, "error-codes": [...]}.
/// Any failure to reach the provider counts as not verified.
/// </summary>
public sealed class SiteVerifyCaptcha(HttpClient http, IOptions<CaptchaOptions> options) : ICaptchaVerifier
{
    public async Task<bool> VerifyAsync(string token, string? remoteIp, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.VerifyUrl is null || string.IsNullOrEmpty(settings.Secret))
        {
            return false;
        }

        var form = new Dictionary<string, string> { ["secret"] = settings.Secret, ["response"] = token };
        if (remoteIp is not null)
        {
            form["remoteip"] = remoteIp;
        }

        try
        {
            using var response = await http.PostAsync(settings.VerifyUrl, new FormUrlEncodedContent(form), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var answer = await response.Content.ReadFromJsonAsync<VerifyAnswer>(cancellationToken);
            return answer?.Success == true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private sealed record VerifyAnswer([property: JsonPropertyName("success")] bool Success);
}
