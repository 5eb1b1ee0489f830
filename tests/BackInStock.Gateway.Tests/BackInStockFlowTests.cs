using System.Net;
using System.Net.Http.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

/// <summary>The developer's loop over HTTP: subscribe to a demo SKU, PUT its stock, read the email and the log.</summary>
public sealed class BackInStockFlowTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    private async Task<(Contact Contact, Product Product)> SubscribeToADemoProduct(string locale)
    {
        var feed = await new FeedsClient(_app.CreateClient()).GetFeedAsync(0, 1, locale);
        var contact = await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "flow@example.com", FirstName = "Flo" });
        await _app.BackInStock().CreateSubscriptionAsync(new CreateSubscriptionRequest { ContactId = contact.Id, Sku = feed.Products.Single().Sku, Locale = locale });
        return (contact, feed.Products.Single());
    }

    [Fact]
    public async Task A_stock_update_puts_the_rendered_email_in_the_outbox_and_the_reasons_in_the_log()
    {
        var (contact, product) = await SubscribeToADemoProduct("sv-SE");

        var put = await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = product.Sku, quantity = 15, locale = "sv-SE" } });

        put.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var outbox = new OutboxClient(_app.CreateClient());
        var email = (await outbox.ListOutboxAsync(contact.Id, null, null, null, null, null, null, null, null, null)).Data.Single();
        email.To.Should().Be("flow@example.com");
        email.Subject.Should().Contain(product.Title).And.Contain("finns i lager igen");
        email.Product.Link.Should().Be(product.Link);
        var html = await _app.CreateClient().GetAsync(new Uri($"/emulator/outbox/{email.Id}/html", UriKind.Relative));
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await html.Content.ReadAsStringAsync()).Should().Contain("Flo").And.Contain(product.Link!);
        var log = (await new IntegrationLogClient(_app.CreateClient()).ListIntegrationLogAsync(null, product.Sku, null, null, null)).Data.Single();
        log.MatchingCase.Should().Be("sku+locale");
        log.SentToTrigger.Should().Be(1);
        log.Considered.Single().Conditions.Should().OnlyContain(c => c.Passed);
        (await _app.BackInStock().ListContactSubscriptionsAsync(contact.Id)).Data.Should().BeEmpty("a used subscription is deleted");
    }

    [Fact]
    public async Task A_dry_run_says_what_would_be_sent_and_consumes_nothing()
    {
        var (contact, product) = await SubscribeToADemoProduct("sv-SE");
        var emulator = new EmulatorClient(_app.CreateClient());

        var wouldSend = await emulator.DryRunStockLevelsAsync([new StockLevelUpdate { Sku = product.Sku, Quantity = 4, Locale = "sv-SE" }]);
        var wouldNot = await emulator.DryRunStockLevelsAsync([new StockLevelUpdate { Sku = product.Sku, Quantity = 0, Locale = "sv-SE" }]);

        wouldSend.Emails.Should().ContainSingle().Which.To.Should().Be("flow@example.com");
        wouldSend.Entries.Single().Considered.Single().Outcome.Should().Be("triggered");
        wouldNot.Emails.Should().BeEmpty();
        wouldNot.Entries.Single().Considered.Single().Conditions.Should().Contain(c => c.Condition == "quantity > 0" && !c.Passed);
        (await _app.BackInStock().ListContactSubscriptionsAsync(contact.Id)).Data.Should().ContainSingle("nothing was consumed");
        (await new OutboxClient(_app.CreateClient()).ListOutboxAsync(null, null, null, null, null, null, null, null, null, null)).Data.Should().BeEmpty();
        (await new IntegrationLogClient(_app.CreateClient()).ListIntegrationLogAsync(null, null, null, null, null)).Data.Should().BeEmpty();
        (await emulator.ListStockLevelsAsync(product.Sku, null, null)).Data.Should().BeEmpty();
    }

    [Fact]
    public async Task A_locale_without_a_feed_leaves_the_subscription_and_the_log_says_why()
    {
        var (contact, product) = await SubscribeToADemoProduct("de-DE");
        await new FeedsClient(_app.CreateClient()).DeleteFeedAsync("de-DE");

        await _app.BackInStock().UpdateStockLevelsAsync([new StockLevelUpdate { Sku = product.Sku, Quantity = 3, Locale = "de-DE" }]);

        (await _app.BackInStock().ListContactSubscriptionsAsync(contact.Id)).Data.Should().ContainSingle();
        var log = (await new IntegrationLogClient(_app.CreateClient()).ListIntegrationLogAsync(null, product.Sku, null, null, null)).Data.Single();
        log.SentToTrigger.Should().Be(0);
        log.Considered.Single().Conditions.Should().Contain(c => c.Condition == "feed exists for locale" && !c.Passed && c.Detail.Contains("de-DE"));
        (await new OutboxClient(_app.CreateClient()).ListOutboxAsync(null, null, null, null, null, null, null, null, null, null)).Data.Should().BeEmpty();
    }

    [Fact]
    public async Task The_demo_catalog_has_the_same_skus_in_four_locales()
    {
        var feeds = (await new FeedsClient(_app.CreateClient()).ListFeedsAsync()).Data;

        feeds.Select(f => f.Locale).Should().BeEquivalentTo("sv-SE", "en-US", "pl-PL", "de-DE");
        feeds.Should().OnlyContain(f => f.Source == "demo" && f.ProductCount == feeds[0].ProductCount && f.ProductCount > 0);
    }

    [Fact]
    public async Task Stock_level_items_are_validated_by_json_path()
    {
        var response = await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new object[]
        {
            new { sku = "A", quantity = 1 },
            new { sku = "", quantity = "many" },
            new { quantity = 2.5, locale = 7 },
        });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"$[1].sku\"").And.Contain("\"$[1].quantity\"").And.Contain("\"$[2].sku\"").And.Contain("\"$[2].quantity\"").And.Contain("\"$[2].locale\"");
        body.Should().NotContain("$[0]");
    }

    [Fact]
    public async Task The_clock_freezes_and_advances_for_subscription_time_conditions()
    {
        var clock = new EmulatorClient(_app.CreateClient());

        var frozen = await clock.SetClockAsync(new ClockChange { FreezeAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var later = await clock.SetClockAsync(new ClockChange { AdvanceSeconds = 86_400 });

        frozen.Frozen.Should().BeTrue();
        later.Now.Should().Be(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));
        var contact = await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "time@example.com" });
        contact.Meta.CreatedOn.Should().Be(later.Now);
        (await clock.SetClockAsync(new ClockChange { Reset = true })).Frozen.Should().BeFalse();
    }

    [Fact]
    public async Task Automations_are_replaced_and_invalid_ones_are_refused_by_path()
    {
        var automations = new AutomationsClient(_app.CreateClient());
        var current = (await automations.ListAutomationsAsync()).Data.Single();
        current.Conditions.Add(new AutomationCondition { Type = ConditionType.Quantity, Operator = "greaterThan", Values = ["4"] });

        var stored = (await automations.ReplaceAutomationsAsync([current])).Data.Single();
        current.Conditions.Add(new AutomationCondition { Type = ConditionType.Purchase, Operator = "notPurchasedWithin" });
        var refused = () => automations.ReplaceAutomationsAsync([current]);

        stored.Conditions.Should().ContainSingle().Which.Values.Should().Equal("4");
        (await refused.Should().ThrowAsync<ApiException>()).Which.Body.Should().Contain("$[0].conditions[1].days");
    }

    [Fact]
    public async Task Reset_empties_the_tenant_and_restores_the_defaults()
    {
        var (contact, _) = await SubscribeToADemoProduct("en-US");

        await new EmulatorClient(_app.CreateClient()).ResetEmulatorAsync();

        var lookup = () => _app.Contacts().GetContactAsync(contact.Id);
        (await lookup.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(404);
        (await new FeedsClient(_app.CreateClient()).ListFeedsAsync()).Data.Should().HaveCount(4);
        (await new AutomationsClient(_app.CreateClient()).ListAutomationsAsync()).Data.Should().ContainSingle();
    }

    [Fact]
    public async Task A_receipt_for_an_unknown_contact_is_a_404()
    {
        var receipt = new ReceiptRequest
        {
            Contact = new ReceiptContact { MatchKey = "ghost@example.com", MatchKeyType = MatchKeyType.Email },
            UniqueReceiptId = "R-1",
            ReceiptNumber = "1",
            CreatedDate = DateTimeOffset.UtcNow,
            StoreExternalId = "321",
            Currency = "SEK",
            TotalGrossPrice = 100,
            PaymentMethods = [new ReceiptPaymentMethod { Type = "Card", Value = 100 }],
            Items = [new ReceiptItem { Type = ReceiptItemType.PURCHASE, Sku = "A", Quantity = 1, GrossPaidPrice = 100, TaxAmount = 20, TaxPercent = 25, ArticleNumber = "A", ArticleName = "Jacket" }],
        };

        var post = () => new ReceiptsClient(_app.CreateAuthorizedClient()).CreateReceiptAsync(receipt);

        (await post.Should().ThrowAsync<ApiException>()).Which.Body.Should().Contain("ContactNotFound");
    }

    public void Dispose() => _app.Dispose();
}
