using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Tenancy;

/// <summary>Issue 12 item 9: the control plane's lists answer a page at a time, and following nextOffset returns every item once.</summary>
public sealed class ControlPlanePagingTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    private async Task<JsonObject> Get(string path)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Every page from offset 0, following nextOffset; each page checked against the limit and the total.</summary>
    private async Task<List<JsonNode>> AllPages(string path, int limit, int expectedTotal)
    {
        var items = new List<JsonNode>();
        int? offset = 0;
        var pages = 0;
        while (offset is { } from)
        {
            var page = await Get($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}limit={limit}&offset={from}");
            page["total"]!.GetValue<int>().Should().Be(expectedTotal);
            var data = page["data"]!.AsArray();
            data.Count.Should().BeLessThanOrEqualTo(limit);
            items.AddRange(data.Select(d => d!));
            offset = page["nextOffset"]?.GetValue<int>();
            (++pages).Should().BeLessThan(1000, "paging must end");
        }

        return items;
    }

    private async Task PutStock(int count, string prefix) =>
        (await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels",
            Enumerable.Range(0, count).Select(i => new { sku = $"{prefix}-{i:D4}", quantity = i, locale = i % 2 == 0 ? "sv-SE" : null }).ToArray()))
        .StatusCode.Should().Be(HttpStatusCode.Accepted);

    [Fact]
    public async Task Stock_levels_come_a_page_at_a_time_and_the_pages_hold_every_level_once()
    {
        await PutStock(250, "PAGE");

        var first = await Get("/emulator/stock-levels");
        var everything = await AllPages("/emulator/stock-levels", 100, 250);

        first["data"]!.AsArray().Should().HaveCount(100, "the default limit is 100");
        first["nextOffset"]!.GetValue<int>().Should().Be(100);
        var skus = everything.Select(l => l["sku"]!.GetValue<string>()).ToList();
        skus.Should().OnlyHaveUniqueItems().And.HaveCount(250);
        skus.Should().BeEquivalentTo(Enumerable.Range(0, 250).Select(i => $"PAGE-{i:D4}"));
        skus.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task The_last_page_has_no_next_offset_and_an_offset_past_the_end_is_an_empty_page()
    {
        await PutStock(5, "END");

        var last = await Get("/emulator/stock-levels?limit=3&offset=3");
        var past = await Get("/emulator/stock-levels?offset=10");
        var oneSku = await Get("/emulator/stock-levels?sku=END-0002");

        last["data"]!.AsArray().Should().HaveCount(2);
        last["nextOffset"].Should().BeNull();
        past["data"]!.AsArray().Should().BeEmpty();
        past["total"]!.GetValue<int>().Should().Be(5);
        oneSku["total"]!.GetValue<int>().Should().Be(1);
    }

    [Theory]
    [InlineData("/emulator/stock-levels?limit=1001", "limit")]
    [InlineData("/emulator/stock-levels?limit=0", "limit")]
    [InlineData("/emulator/stock-levels?offset=-1", "offset")]
    [InlineData("/emulator/outbox?offset=x", "offset")]
    [InlineData("/emulator/klaviyo/back-in-stock-report?limit=5000", "limit")]
    public async Task A_limit_or_offset_outside_the_contract_is_a_400_naming_it(string path, string parameter)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![parameter].Should().NotBeNull();
    }

    [Fact]
    public async Task The_integration_log_and_the_subscription_overview_page_the_same_way()
    {
        await PutStock(30, "LOG");
        var contact = await _app.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/contacts", new { email = "pages@example.com" });
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        for (var i = 0; i < 7; i++)
        {
            (await _app.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/inventory/backinstock/subscriptions", new { contactId, sku = $"SUB-{i}", locale = "sv-SE" }))
                .StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var log = await AllPages("/emulator/integration-log", 7, 30);
        var subscriptions = await AllPages("/emulator/subscriptions", 3, 7);
        var outbox = await Get("/emulator/outbox?limit=1");

        log.Select(e => e["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.HaveCount(30);
        subscriptions.Select(s => s["sku"]!.GetValue<string>()).Should().Equal(Enumerable.Range(0, 7).Select(i => $"SUB-{i}"), "oldest first, across pages");
        outbox["total"]!.GetValue<int>().Should().Be(0);
        outbox["nextOffset"].Should().BeNull();
    }

    public void Dispose() => _app.Dispose();
}
