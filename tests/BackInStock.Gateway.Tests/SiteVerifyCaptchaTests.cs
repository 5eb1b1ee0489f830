using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BackInStock.Gateway.Tests;

/// <summary>The provider adapter, against a loopback fake of a siteverify endpoint (never the internet).</summary>
public sealed class SiteVerifyCaptchaTests : IAsyncLifetime
{
    private const string Secret = "fake-secret";
    private WebApplication? _provider;
    private readonly List<string> _forms = [];

    public async Task InitializeAsync()
    {
        _provider = await LoopbackServer.StartAsync(provider => provider.MapPost("/siteverify", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            lock (_forms)
            {
                _forms.Add($"{form["secret"]}|{form["response"]}");
            }

            var success = form["secret"] == Secret && form["response"] == "human";
            return Results.Json(new Dictionary<string, object> { ["success"] = success, ["error-codes"] = success ? Array.Empty<string>() : ["invalid-input-response"] });
        }));
    }

    private string VerifyUrl => _provider!.BaseUrl() + "siteverify";

    [Theory]
    [InlineData("human", HttpStatusCode.Created)]
    [InlineData("robot", HttpStatusCode.Forbidden)]
    public async Task The_siteverify_adapter_asks_the_provider(string token, HttpStatusCode expected)
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?>
        {
            ["Accelerator:Captcha:Mode"] = "SiteVerify",
            ["Accelerator:Captcha:VerifyUrl"] = VerifyUrl,
            ["Accelerator:Captcha:Secret"] = Secret,
        });
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/centra/back-in-stock/subscribe", UriKind.Relative))
        {
            Content = new StringContent("""{"email":"a@example.com","sku":"1234-1","acceptemail":false,"store":"voyado.centraqa","locale":"sv-SE","externalId":"4"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Captcha-Token", token);

        var response = await app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(expected);
        _forms.Should().ContainSingle().Which.Should().Be($"{Secret}|{token}");
    }

    [Fact]
    public async Task An_unreachable_provider_fails_closed()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?>
        {
            ["Accelerator:Captcha:Mode"] = "SiteVerify",
            ["Accelerator:Captcha:VerifyUrl"] = "http://127.0.0.1:1/siteverify",
            ["Accelerator:Captcha:Secret"] = Secret,
        });
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/centra/back-in-stock/subscribe", UriKind.Relative))
        {
            Content = new StringContent("""{"email":"a@example.com","sku":"1234-1","acceptemail":false,"store":"voyado.centraqa","locale":"sv-SE","externalId":"4"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Captcha-Token", "human");

        var response = await app.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
