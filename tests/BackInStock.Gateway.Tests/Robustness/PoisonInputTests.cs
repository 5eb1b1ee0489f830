using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests.Robustness;

/// <summary>The reproducers over HTTP: what a client stores can fail its own email, never the gateway.</summary>
public sealed class PoisonInputTests
{
    // Passes the sample render at upload (which uses en-US for the default content) and fails for sv-SE subscriptions only.
    private const string FailsForSwedish = "{{ if subscription.locale == 'sv-SE' }}{{ for i in 1..20000 }}x{{ end }}{{ end }}<p>{{ product.title }}</p>";

    private static object Automation(string html, string? swedishHtml = null) => new
    {
        id = "back-in-stock",
        name = "Back in stock",
        enabled = true,
        minimumQuantity = 1,
        conditions = Array.Empty<object>(),
        email = new
        {
            @default = new { subject = "{{ product.title }}", html },
            byLocale = swedishHtml is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["sv-SE"] = new { subject = "Tillbaka", html = swedishHtml } },
        },
    };

    [Fact]
    public async Task A_template_that_fails_when_rendered_is_refused_at_upload_naming_the_automation_and_the_locale()
    {
        using var app = new GatewayApplication(inMemory: true);
        var http = app.CreateClient();

        var put = await http.PutAsJsonAsync("/emulator/automations", new[] { Automation("<p>ok</p>", "{{ for i in 1..20000 }}x{{ end }}") });

        put.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("$[0].email.byLocale.sv-SE")[0].GetString()
            .Should().Contain("automation back-in-stock").And.Contain("locale sv-SE").And.Contain("LoopLimit");
        var stored = await http.GetFromJsonAsync<JsonElement>("/emulator/automations");
        stored.GetRawText().Should().NotContain("20000", "a refused set of automations is not stored");
    }

    [Fact]
    public async Task A_template_failing_for_one_subscription_keeps_it_waiting_sends_the_rest_and_later_updates_still_trigger()
    {
        var dataFile = Path.Combine(Path.GetTempPath(), "bis-poison-" + Guid.NewGuid().ToString("N"), "data.db");
        try
        {
            Guid swede;
            string otherSku;
            using (var app = new GatewayApplication(dataFile))
            {
                var http = app.CreateClient();
                (await http.PutAsJsonAsync("/emulator/automations", new[] { Automation(FailsForSwedish) })).StatusCode.Should().Be(HttpStatusCode.OK);
                var skus = (await new FeedsClient(http).GetFeedAsync(0, 2, "sv-SE")).Products.Select(p => p.Sku).ToList();
                otherSku = skus[1];
                swede = await Subscribe(app, "sven@example.com", skus[0], "sv-SE");
                var american = await Subscribe(app, "amy@example.com", skus[0], "en-US");

                var put = await app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = skus[0], quantity = 5 } });

                put.StatusCode.Should().Be(HttpStatusCode.Accepted);
                var outbox = await new OutboxClient(http).ListOutboxAsync(null, null, null, null, null, null, null, null, null, null);
                outbox.Data.Should().ContainSingle().Which.To.Should().Be("amy@example.com");
                var entry = (await new IntegrationLogClient(http).ListIntegrationLogAsync(null, skus[0], null, null, null)).Data.Single();
                var failed = entry.Considered.Single(c => c.Outcome == "failed");
                failed.Error.Should().Contain("automation back-in-stock").And.Contain("locale sv-SE");
                (await app.BackInStock().ListContactSubscriptionsAsync(swede)).Data.Should().ContainSingle("its email failed, so it keeps waiting");
                (await app.BackInStock().ListContactSubscriptionsAsync(american)).Data.Should().BeEmpty();

                var english = await Subscribe(app, "eve@example.com", otherSku, "en-US");
                (await app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = otherSku, quantity = 2, locale = "en-US" } }))
                    .StatusCode.Should().Be(HttpStatusCode.Accepted);
                (await new OutboxClient(http).ListOutboxAsync(english, null, null, null, null, null, null, null, null, null)).Data.Should().ContainSingle("a later update for another SKU still triggers");
            }

            using var restarted = new GatewayApplication(dataFile);
            (await restarted.CreateClient().GetAsync(new Uri("/emulator/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
            (await restarted.BackInStock().ListContactSubscriptionsAsync(swede)).Data.Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dataFile)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_dry_run_reports_a_failing_template_as_failed_and_keeps_everything()
    {
        using var app = new GatewayApplication(inMemory: true);
        var http = app.CreateClient();
        (await http.PutAsJsonAsync("/emulator/automations", new[] { Automation(FailsForSwedish) })).EnsureSuccessStatusCode();
        var sku = (await new FeedsClient(http).GetFeedAsync(0, 1, "sv-SE")).Products.Single().Sku;
        var swede = await Subscribe(app, "sven@example.com", sku, "sv-SE");

        var dryRun = await new EmulatorClient(http).DryRunStockLevelsAsync([new StockLevelUpdate { Sku = sku, Quantity = 3, Locale = "sv-SE" }]);

        dryRun.Emails.Should().BeEmpty();
        dryRun.Entries.Single().Considered.Single().Should().Match<ConsideredSubscription>(c => c.Outcome == "failed" && c.Error!.Contains("LoopLimit"));
        (await app.BackInStock().ListContactSubscriptionsAsync(swede)).Data.Should().ContainSingle();
    }

    [Fact]
    public async Task A_product_with_the_longest_sku_the_contract_allows_leaves_its_feed_and_the_klaviyo_report_readable()
    {
        // Found by make fuzz: LiteDB's sort failed on a 400-byte key, and every later read of the feed was a 500.
        using var app = new GatewayApplication(inMemory: true);
        var http = app.CreateClient();
        var sku = new string('é', 200);

        var put = await http.PutAsJsonAsync("/emulator/feeds/sv-SE", new[] { new { sku, title = "Long", attributes = new { } } });

        put.StatusCode.Should().Be(HttpStatusCode.OK);
        var feed = await http.GetFromJsonAsync<JsonElement>("/emulator/feeds/sv-SE");
        feed.GetProperty("products")[0].GetProperty("sku").GetString().Should().Be(sku);
        (await http.GetAsync(new Uri("/emulator/klaviyo/back-in-stock-report", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<Guid> Subscribe(GatewayApplication app, string email, string sku, string locale)
    {
        var contact = await app.Contacts().CreateContactAsync(new CreateContactRequest { Email = email });
        await app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = sku, Locale = locale });
        return contact.Id;
    }
}
