using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests.Outbox;

/// <summary>An email's text, headers and source views say what the email holds; one email or all of them can be deleted.</summary>
public sealed class OutboxViewTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    private async Task<string> Text(string url, string mediaType)
    {
        using var response = await _app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_text_view_is_the_emails_text_part_made_from_its_html()
    {
        var scenario = new OutboxScenario(_app);
        var email = await scenario.Send("ada@example.com", await scenario.DemoSku("en-US"), "en-US");

        var text = await Text($"/emulator/outbox/{email.Id}/text", "text/plain");

        text.Should().Be(email.Text);
        text.Should().StartWith("Good news!").And.Contain(email.Product.Title).And.Contain($"Shop now ({email.Product.Link})").And.NotContain("<");
    }

    [Fact]
    public async Task The_text_view_is_rendered_from_the_automations_text_template_when_it_has_one()
    {
        var automations = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/emulator/automations");
        var automation = JsonSerializer.Deserialize<Dictionary<string, object?>>(automations.GetProperty("data")[0].GetRawText())!;
        automation["email"] = new { @default = new { subject = "Back: {{ product.sku }}", html = "<p>{{ product.title }}</p>", text = "Plain {{ product.sku }} for {{ contact.email }}" } };
        using var replaced = await _app.CreateClient().PutAsJsonAsync("/emulator/automations", new[] { automation });
        replaced.StatusCode.Should().Be(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        var scenario = new OutboxScenario(_app);
        var sku = await scenario.DemoSku("en-US");

        var email = await scenario.Send("ada@example.com", sku, "en-US");

        (await Text($"/emulator/outbox/{email.Id}/text", "text/plain")).Should().Be($"Plain {sku} for ada@example.com");
    }

    [Fact]
    public async Task The_headers_view_lists_the_message_headers_of_the_email()
    {
        var scenario = new OutboxScenario(_app);
        var email = await scenario.Send("ada@example.com", await scenario.DemoSku("pl-PL"), "pl-PL");

        var headers = await _app.CreateClient().GetFromJsonAsync<EmailHeaders>($"/emulator/outbox/{email.Id}/headers");

        var byName = headers!.Data.ToDictionary(h => h.Name, h => h.Value);
        headers.Data.Select(h => h.Name).Should().Equal("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type");
        byName["To"].Should().Be("ada@example.com");
        byName["Subject"].Should().Be(email.Subject).And.Contain("dostępny");
        byName["From"].Should().EndWith("<no-reply@backinstock.invalid>");
        byName["Message-ID"].Should().Be($"<{email.Id:N}@backinstock.invalid>");
        DateTimeOffset.Parse(byName["Date"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(email.SentAt.AddTicks(-(email.SentAt.Ticks % TimeSpan.TicksPerSecond)));
        byName["Content-Type"].Should().StartWith("multipart/alternative; boundary=");
    }

    [Fact]
    public async Task The_source_view_is_the_message_with_the_text_and_html_parts_of_the_email()
    {
        var scenario = new OutboxScenario(_app);
        var email = await scenario.Send("ada@example.com", await scenario.DemoSku("sv-SE"), "sv-SE");

        var source = await Text($"/emulator/outbox/{email.Id}/source", "text/plain");

        source.Should().Contain("\r\nTo: ada@example.com\r\n").And.Contain("\r\nMIME-Version: 1.0\r\n");
        var boundary = source.Split("boundary=\"")[1].Split('"')[0];
        var parts = source.Split("--" + boundary);
        parts.Should().HaveCount(4, "the headers, the text part, the HTML part and the closing delimiter");
        parts[1].Should().Contain("Content-Type: text/plain; charset=utf-8");
        Decode(parts[1]).Should().Be(email.Text.ReplaceLineEndings("\r\n"));
        parts[2].Should().Contain("Content-Type: text/html; charset=utf-8");
        Decode(parts[2]).Should().Be(email.Html.ReplaceLineEndings("\r\n"), "a MIME text part ends its lines in CRLF");
        parts[3].Should().Be("--\r\n");
    }

    [Fact]
    public async Task Deleting_an_email_removes_it_and_only_it()
    {
        var scenario = new OutboxScenario(_app);
        var kept = await scenario.Send("ada@example.com", await scenario.DemoSku("sv-SE", 0), "sv-SE");
        var deleted = await scenario.Send("bob@example.com", await scenario.DemoSku("sv-SE", 1), "sv-SE");

        using var delete = await _app.CreateClient().DeleteAsync(new Uri($"/emulator/outbox/{deleted.Id}", UriKind.Relative));

        delete.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await scenario.Ids("")).Should().Equal(kept.Id);
        using var gone = await _app.CreateClient().GetAsync(new Uri($"/emulator/outbox/{deleted.Id}/source", UriKind.Relative));
        await OutboxScenario.Problem(gone, HttpStatusCode.NotFound);
        using var again = await _app.CreateClient().DeleteAsync(new Uri($"/emulator/outbox/{deleted.Id}", UriKind.Relative));
        await OutboxScenario.Problem(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_all_emails_empties_the_outbox_and_nothing_else()
    {
        var scenario = new OutboxScenario(_app);
        var sku = await scenario.DemoSku("sv-SE");
        await scenario.Send("ada@example.com", sku, "sv-SE");

        using var delete = await _app.CreateClient().DeleteAsync(new Uri("/emulator/outbox", UriKind.Relative));

        delete.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await scenario.Ids("")).Should().BeEmpty();
        (await new IntegrationLogClient(_app.CreateClient()).ListIntegrationLogAsync(null, sku, null, null, null)).Data.Should().ContainSingle("the log is kept");
        using var twice = await _app.CreateClient().DeleteAsync(new Uri("/emulator/outbox", UriKind.Relative));
        twice.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Deleting_emails_is_a_control_plane_write_refused_from_another_site()
    {
        var scenario = new OutboxScenario(_app);
        var email = await scenario.Send("ada@example.com", await scenario.DemoSku("sv-SE"), "sv-SE");
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/emulator/outbox/{email.Id}");
        request.Headers.Add("Origin", "https://evil.example.com");

        using var response = await _app.CreateClient().SendAsync(request);

        await OutboxScenario.Problem(response, HttpStatusCode.Forbidden);
        (await scenario.Ids("")).Should().Equal(email.Id);
    }

    private static string Decode(string part)
    {
        var body = part[(part.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..^2].Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '=')
            {
                bytes.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)body[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    public void Dispose() => _app.Dispose();
}
