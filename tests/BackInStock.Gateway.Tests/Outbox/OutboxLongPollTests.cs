using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace BackInStock.Gateway.Tests.Outbox;

/// <summary>A test can wait for an email without sleeping: the long-poll answers when the email is committed, or empty at its timeout.</summary>
public sealed class OutboxLongPollTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    [Fact]
    public async Task The_long_poll_answers_as_soon_as_the_email_is_committed()
    {
        var scenario = new OutboxScenario(_app);
        var sku = await scenario.DemoSku("sv-SE");
        var contact = await _app.Contacts().CreateContactAsync(new Client.CreateContactRequest { Email = "ada@example.com" });
        await _app.BackInStock().CreateSubscriptionAsync(new Client.CreateSubscriptionRequest { ContactId = contact.Id, Sku = sku, Locale = "sv-SE" });
        var polling = _app.CreateClient().GetAsync(new Uri("/emulator/outbox?to=ada%40example.com&wait=20s", UriKind.Relative));
        await Task.Delay(300);
        polling.IsCompleted.Should().BeFalse("no email is there yet");

        var watch = Stopwatch.StartNew();
        await scenario.BringBack(sku, "sv-SE");
        using var response = await polling.WaitAsync(TimeSpan.FromSeconds(15));

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3), "the answer follows the commit, not the 20 s wait");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("data").EnumerateArray().Single().GetProperty("to").GetString().Should().Be("ada@example.com");
    }

    [Fact]
    public async Task The_long_poll_answers_empty_at_its_timeout()
    {
        var watch = Stopwatch.StartNew();

        using var response = await _app.CreateClient().GetAsync(new Uri("/emulator/outbox?to=nobody%40example.com&wait=700ms", UriKind.Relative));

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(650)).And.BeLessThan(TimeSpan.FromSeconds(5));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("data").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("total").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("5m")]
    [InlineData("31s")]
    [InlineData("30001ms")]
    [InlineData("-1s")]
    [InlineData("soon")]
    [InlineData("1.5s")]
    public async Task A_wait_that_is_not_a_duration_of_at_most_30_seconds_is_a_400_naming_it(string wait)
    {
        var watch = Stopwatch.StartNew();

        using var response = await _app.CreateClient().GetAsync(new Uri($"/emulator/outbox?wait={Uri.EscapeDataString(wait)}", UriKind.Relative));

        (await OutboxScenario.Problem(response, HttpStatusCode.BadRequest)).Should().ContainKey("wait");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    public void Dispose() => _app.Dispose();
}
