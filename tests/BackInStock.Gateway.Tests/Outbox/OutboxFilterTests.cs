using System.Globalization;
using System.Net;

namespace BackInStock.Gateway.Tests.Outbox;

/// <summary>Each outbox filter selects only the emails it names, and a filter the outbox does not know is a 400, never ignored.</summary>
public sealed class OutboxFilterTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    private static string At(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O", CultureInfo.InvariantCulture));

    [Fact]
    public async Task Each_filter_selects_only_the_matching_emails()
    {
        var scenario = new OutboxScenario(_app);
        var swedish = await scenario.Send("ada@example.com", await scenario.DemoSku("sv-SE", 0), "sv-SE");
        var english = await scenario.Send("bob@example.com", await scenario.DemoSku("en-US", 1), "en-US");

        (await scenario.Ids("")).Should().Equal(english.Id, swedish.Id);
        (await scenario.Ids("?to=ADA%40Example.com")).Should().Equal(swedish.Id);
        (await scenario.Ids("?to=carol%40example.com")).Should().BeEmpty();
        (await scenario.Ids($"?sku={Uri.EscapeDataString(english.Sku)}")).Should().Equal(english.Id);
        (await scenario.Ids("?locale=SV-se")).Should().Equal(swedish.Id);
        (await scenario.Ids("?automation=back-in-stock")).Should().Equal(english.Id, swedish.Id);
        (await scenario.Ids("?automation=another")).Should().BeEmpty();
        (await scenario.Ids($"?since={At(english.SentAt)}")).Should().Equal(english.Id);
        (await scenario.Ids($"?until={At(swedish.SentAt)}")).Should().Equal(swedish.Id);
        (await scenario.Ids($"?to=bob%40example.com&locale=sv-SE")).Should().BeEmpty("filters combine");
        (await scenario.Ids($"?contactId={swedish.ContactId}")).Should().Equal(swedish.Id);
    }

    [Fact]
    public async Task An_unknown_filter_is_a_400_naming_it_and_the_one_meant()
    {
        using var response = await _app.CreateClient().GetAsync(new Uri("/emulator/outbox?too=ada%40example.com&limit=5", UriKind.Relative));

        var errors = await OutboxScenario.Problem(response, HttpStatusCode.BadRequest);
        errors.Should().ContainKey("too").WhoseValue.Single().Should().Contain("not a query parameter").And.Contain("Did you mean 'to'?");
        errors.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("/emulator/integration-log?skuu=A")]
    [InlineData("/emulator/health?verbose=true")]
    [InlineData("/emulator/events?since=1")]
    [InlineData("/emulator/stock-levels?sku=A&Limit=5")]
    public async Task Every_control_plane_route_refuses_a_query_parameter_it_does_not_take(string url)
    {
        using var response = await _app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        (await OutboxScenario.Problem(response, HttpStatusCode.BadRequest)).Should().ContainSingle();
    }

    [Fact]
    public async Task The_tenant_query_parameter_is_taken_wherever_the_tenant_can_be_named()
    {
        using var response = await _app.CreateClient().GetAsync(new Uri("/emulator/outbox?tenant=voyado.centraqa&limit=1", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public void Dispose() => _app.Dispose();
}
