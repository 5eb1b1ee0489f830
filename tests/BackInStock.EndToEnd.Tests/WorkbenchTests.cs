using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace BackInStock.EndToEnd.Tests;

[CollectionDefinition(nameof(Workbench))]
public sealed class Workbench : ICollectionFixture<BrowserFixture>;

/// <summary>
/// The dashboard as a workbench, in Chromium at a desktop and a phone size: each action goes through the
/// public API or the control plane, and its curl command, run as shown, does the same. These tests have a
/// gateway of their own (the collection's) and run one after another: each starts from a reset tenant and a
/// real-time clock.
/// </summary>
[Collection(nameof(Workbench))]
public sealed class WorkbenchTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Locale = "sv-SE";
    private static readonly LocatorAssertionsToBeVisibleOptions Soon = new() { Timeout = 10_000 };
    private static readonly LocatorAssertionsToContainTextOptions SoonText = new() { Timeout = 10_000 };

    private readonly HttpClient _http = fixture.Gateway.CreateClient();
    private IBrowserContext? _context;
    private string _sku = "";

    public async Task InitializeAsync()
    {
        _http.DefaultRequestHeaders.Add("apikey", RunningGateway.ApiKey);
        (await ControlPlane(HttpMethod.Post, "/emulator/reset")).EnsureSuccessStatusCode();
        (await ControlPlane(HttpMethod.Put, "/emulator/clock", """{"reset": true}""")).EnsureSuccessStatusCode();
        var feed = JsonNode.Parse(await _http.GetStringAsync(new Uri($"/emulator/feeds/{Locale}?take=1", UriKind.Relative)))!;
        _sku = feed["products"]![0]!["sku"]!.ToString();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        _http.Dispose();
    }

    private Task<HttpResponseMessage> ControlPlane(HttpMethod method, string path, string? json = null) =>
        _http.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json ?? string.Empty, Encoding.UTF8, "application/json"),
        });

    private async Task<IPage> Dashboard(int width, int height)
    {
        _context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await _context.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync(new Uri(fixture.Gateway.BaseAddress, "/").ToString());
        await Assertions.Expect(page.Locator("body[data-loaded=true]")).ToBeAttachedAsync(new() { Timeout = 10_000 });
        // The key comes from the gateway (GET /emulator/dev-key), as this page is on the gateway's machine.
        await Assertions.Expect(page.Locator("#api-key")).ToHaveValueAsync(RunningGateway.ApiKey, new() { Timeout = 10_000 });
        return page;
    }

    private Task<byte[]> Screenshot(IPage page, string name, int width, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.Gateway.ScreenshotDirectory, $"workbench-{name}-{width}.png"), FullPage = fullPage });

    private async Task<string> Subscribe(string email)
    {
        var contact = await _http.PostAsJsonAsync("/api/v3/contacts", new { email, acceptsEmail = true });
        contact.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await contact.Content.ReadAsStringAsync())!["id"]!.ToString();
        (await _http.PostAsJsonAsync("/api/v3/inventory/backinstock/subscriptions", new { contactId = id, sku = _sku, locale = Locale })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<int> Count(string path) =>
        JsonNode.Parse(await _http.GetStringAsync(new Uri(path, UriKind.Relative)))!["total"]!.GetValue<int>();

    private static async Task Fill(ILocator form, string sku, int quantity, string? locale = null)
    {
        await form.GetByLabel("SKU").FillAsync(sku);
        await form.GetByLabel("Quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Locale").FillAsync(locale ?? string.Empty);
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_text_and_source_views_show_the_email_and_deleting_it_removes_it(int width, int height)
    {
        var email = $"views-{width}-{Guid.NewGuid():N}@example.com";
        await Subscribe(email);
        (await _http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = _sku, quantity = 2, locale = Locale } })).EnsureSuccessStatusCode();
        var sent = JsonNode.Parse(await _http.GetStringAsync(new Uri($"/emulator/outbox?to={Uri.EscapeDataString(email)}", UriKind.Relative)))!["data"]![0]!;
        var id = sent["id"]!.GetValue<string>();
        var text = await _http.GetStringAsync(new Uri($"/emulator/outbox/{id}/text", UriKind.Relative));
        var page = await Dashboard(width, height);
        var row = page.Locator("#outbox-rows tr", new() { HasText = email });
        await row.GetByRole(AriaRole.Button).ClickAsync();
        var views = page.Locator("#preview-views");

        await views.GetByRole(AriaRole.Tab, new() { Name = "Text" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview-text")).ToHaveTextAsync(text, new() { Timeout = 10_000 });
        await Screenshot(page, "7-text-view", width, fullPage: false);
        await views.GetByRole(AriaRole.Tab, new() { Name = "Source" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview-text")).ToContainTextAsync("Subject: " + sent["subject"]!.GetValue<string>(), SoonText);
        await Assertions.Expect(page.Locator("#preview-text")).ToContainTextAsync("To: " + email);
        await Screenshot(page, "8-source-view", width, fullPage: false);

        await page.Locator("#delete-one").ClickAsync();

        await Assertions.Expect(row).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        (await _http.GetAsync(new Uri($"/emulator/outbox/{id}", UriKind.Relative))).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_email_another_client_commits_is_pushed_to_the_open_dashboard_over_the_event_stream()
    {
        var email = $"pushed-{Guid.NewGuid():N}@example.com";
        await Subscribe(email);
        var page = await Dashboard(1280, 800);
        // Live means the page reads /emulator/events and has stopped polling, so only the stream can bring the row.
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("live", new() { Timeout = 10_000 });

        (await _http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = _sku, quantity = 3, locale = Locale } })).EnsureSuccessStatusCode();

        await Assertions.Expect(page.Locator("#outbox-rows tr", new() { HasText = email })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("live");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Setting_a_stock_level_from_the_dashboard_shows_the_email_it_sent_without_a_reload(int width, int height)
    {
        var email = $"stock-{width}-{Guid.NewGuid():N}@example.com";
        await Subscribe(email);
        var page = await Dashboard(width, height);
        var form = page.Locator("#stock-form");

        await Fill(form, _sku, 4, Locale);
        await form.GetByRole(AriaRole.Button, new() { Name = "Update stock" }).ClickAsync();

        await Assertions.Expect(form.Locator("output")).ToContainTextAsync("1 email(s) sent", SoonText);
        await Assertions.Expect(form.Locator("output")).ToContainTextAsync(email);
        var row = page.Locator("#outbox-rows tr", new() { HasText = email });
        await Assertions.Expect(row).ToBeVisibleAsync(Soon);
        await Assertions.Expect(page.Locator("#stock-rows")).ToContainTextAsync(_sku, SoonText);
        await Screenshot(page, "1-stock-set", width);

        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bselected\b"));
        await Assertions.Expect(page.Locator("#preview-caption")).ToContainTextAsync(email);
        await Assertions.Expect(page.FrameLocator("#preview").Locator("body")).ToContainTextAsync(_sku, SoonText);
        var preview = await page.Locator("#preview-figure").BoundingBoxAsync();
        preview!.Y.Should().BeInRange(-1, height / 2, "the preview is brought into view, not left further down the page");
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var culprit = await page.EvaluateAsync<string>("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join(' | ')");
        overflow.Should().BeLessThanOrEqualTo(width, "nothing overflows the screen sideways: " + culprit);
        // What the person sees: on a phone, the preview where the list was.
        await Screenshot(page, "2-email-selected", width, fullPage: false);
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task A_dry_run_shows_each_subscriptions_conditions_and_changes_nothing(int width, int height)
    {
        var email = $"dry-{width}-{Guid.NewGuid():N}@example.com";
        await Subscribe(email);
        var page = await Dashboard(width, height);
        var form = page.Locator("#stock-form");

        await Fill(form, _sku, 0, Locale);
        await form.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();

        var output = form.Locator("output");
        await Assertions.Expect(output).ToContainTextAsync("nothing was changed", SoonText);
        await Assertions.Expect(output).ToContainTextAsync("0 email(s) would be sent");
        await Assertions.Expect(output.Locator("li.fail").First).ToBeVisibleAsync(Soon);
        await Assertions.Expect(output).ToContainTextAsync("kept");
        await Screenshot(page, "3-dry-run-failed", width);

        await form.GetByLabel("Quantity").FillAsync("6");
        await form.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(output).ToContainTextAsync($"1 email(s) would be sent: {email}", SoonText);
        (await output.Locator("li.fail").CountAsync()).Should().Be(0, "every condition passes at quantity 6");
        await Screenshot(page, "4-dry-run-passed", width);

        (await Count("/emulator/subscriptions")).Should().Be(1, "a dry run uses no subscription");
        (await Count("/emulator/outbox")).Should().Be(0, "a dry run sends nothing");
        (await Count("/emulator/stock-levels")).Should().Be(0, "a dry run stores no level");
        (await Count("/emulator/integration-log")).Should().Be(0, "a dry run logs nothing");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Reset_empties_the_dashboard(int width, int height)
    {
        var email = $"reset-{width}-{Guid.NewGuid():N}@example.com";
        await Subscribe(email);
        await Subscribe($"waiting-{Guid.NewGuid():N}@example.com");
        (await _http.PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = _sku, quantity = 2, locale = Locale } })).EnsureSuccessStatusCode();
        var page = await Dashboard(width, height);
        await Assertions.Expect(page.Locator("#outbox-rows tr", new() { HasText = email })).ToBeVisibleAsync(Soon);

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset the tenant" }).ClickAsync();

        await Assertions.Expect(page.Locator("#reset-form output")).ToContainTextAsync("is empty again", SoonText);
        await Assertions.Expect(page.Locator("#outbox-rows")).ToContainTextAsync("No email yet", SoonText);
        await Assertions.Expect(page.Locator("#subscription-groups")).ToContainTextAsync("No subscription.", SoonText);
        await Assertions.Expect(page.Locator("#stock-rows")).ToContainTextAsync("No level yet.", SoonText);
        await Assertions.Expect(page.Locator("#log-entries")).ToContainTextAsync("No stock update yet.", SoonText);
        await Screenshot(page, "5-reset", width);
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Advancing_the_clock_makes_a_subscription_time_condition_pass(int width, int height)
    {
        // The default automation, told to serve only subscriptions older than two days.
        var automations = JsonNode.Parse(await _http.GetStringAsync(new Uri("/emulator/automations", UriKind.Relative)))!["data"]!.AsArray();
        automations[0]!["conditions"]!.AsArray().Add(new JsonObject { ["type"] = "subscriptionTime", ["operator"] = "olderThan", ["days"] = 2 });
        (await ControlPlane(HttpMethod.Put, "/emulator/automations", automations.ToJsonString())).EnsureSuccessStatusCode();
        var email = $"clock-{width}-{Guid.NewGuid():N}@example.com";
        await Subscribe(email);
        var page = await Dashboard(width, height);
        var stock = page.Locator("#stock-form");
        await Fill(stock, _sku, 3, Locale);
        await stock.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(stock.Locator("output li.fail", new() { HasText = "subscriptionTime" })).ToBeVisibleAsync(Soon);

        var clock = page.Locator("#clock-form");
        await clock.GetByLabel("Change").SelectOptionAsync("advance");
        await clock.GetByLabel("By").FillAsync("3");
        await clock.GetByLabel("Unit").SelectOptionAsync("days");
        await Assertions.Expect(clock.Locator(".curl-command")).ToContainTextAsync("""{"advanceSeconds":259200}""");
        await clock.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(clock.Locator("output")).ToContainTextAsync("The clock reads", SoonText);

        await stock.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Assertions.Expect(stock.Locator("output li.pass", new() { HasText = "subscriptionTime" })).ToBeVisibleAsync(Soon);
        await Assertions.Expect(stock.Locator("output")).ToContainTextAsync($"1 email(s) would be sent: {email}");
        await Screenshot(page, "6-clock-advanced", width);

        await stock.GetByRole(AriaRole.Button, new() { Name = "Update stock" }).ClickAsync();
        await Assertions.Expect(page.Locator("#outbox-rows tr", new() { HasText = email })).ToBeVisibleAsync(Soon);
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Subscribing_from_the_dashboard_creates_the_contact_once_and_the_subscription(int width, int height)
    {
        var email = $"form-{width}-{Guid.NewGuid():N}@example.com";
        var page = await Dashboard(width, height);
        var form = page.Locator("#subscribe-form");

        await form.GetByLabel("Email").FillAsync(email);
        await form.GetByLabel("SKU").FillAsync(_sku);
        await form.GetByLabel("Locale").FillAsync(Locale);
        await form.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();

        await Assertions.Expect(form.Locator("output")).ToContainTextAsync("201 Subscribed", SoonText);
        await Assertions.Expect(form.Locator("output")).ToContainTextAsync("new contact");
        await Assertions.Expect(page.Locator("#subscription-groups div.contact", new() { HasText = email })).ToContainTextAsync(_sku, SoonText);
        await Screenshot(page, "7-subscribed", width);

        await form.GetByLabel("External id").FillAsync("4");
        await form.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(form.Locator("output")).ToContainTextAsync("existing contact", SoonText);
        (await Count("/emulator/subscriptions")).Should().Be(2);
    }

    [Fact]
    public async Task The_curl_shown_for_an_action_does_the_same_when_run_as_given()
    {
        var email = $"curl-{Guid.NewGuid():N}@example.com";
        var page = await Dashboard(1280, 800);
        var subscribe = page.Locator("#subscribe-form");
        await subscribe.GetByLabel("Email").FillAsync(email);
        await subscribe.GetByLabel("SKU").FillAsync(_sku);
        await subscribe.GetByLabel("Locale").FillAsync(Locale);

        var (exit, output) = await Shell(await subscribe.Locator(".curl-command").InnerTextAsync());

        exit.Should().Be(0, output);
        await Assertions.Expect(page.Locator("#subscription-groups div.contact", new() { HasText = email })).ToContainTextAsync(_sku, SoonText);

        var stock = page.Locator("#stock-form");
        await Fill(stock, _sku, 9, Locale);
        (exit, output) = await Shell(await stock.Locator(".curl-command").First.InnerTextAsync());

        exit.Should().Be(0, output);
        await Assertions.Expect(page.Locator("#outbox-rows tr", new() { HasText = email })).ToBeVisibleAsync(Soon);
        (await Count("/emulator/subscriptions")).Should().Be(0, "the curl's update used the curl's subscription");

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset the tenant" }).ScrollIntoViewIfNeededAsync();
        (exit, output) = await Shell(await page.Locator("#reset-form .curl-command").InnerTextAsync());
        exit.Should().Be(0, output);
        await Assertions.Expect(page.Locator("#outbox-rows")).ToContainTextAsync("No email yet", SoonText);
        await Screenshot(page, "8-curl-run", 1280);
    }

    [Fact]
    public async Task The_api_reference_asks_nothing_of_another_host_and_offers_no_ai()
    {
        _context = await fixture.Browser.NewContextAsync();
        var page = await _context.NewPageAsync();
        var offMachine = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost")
            {
                await route.ContinueAsync();
                return;
            }

            offMachine.Add(route.Request.Url);
            await route.AbortAsync();
        });

        await page.GotoAsync(new Uri(fixture.Gateway.BaseAddress, "/scalar/").ToString());

        await Assertions.Expect(page.GetByText("Create a back-in-stock subscription").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 10_000 });
        (await page.GetByText("Ask AI").CountAsync()).Should().Be(0);
        offMachine.Should().BeEmpty("the reference works offline and sends the API description nowhere");
        await Screenshot(page, "9-api-reference", 1280, fullPage: false);
    }

    // The command exactly as the page shows it, in bash, bounded in time; only loopback is reached (the page's origin).
    private static async Task<(int ExitCode, string Output)> Shell(string script)
    {
        script.Should().Contain("http://127.0.0.1:");
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
