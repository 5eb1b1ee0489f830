using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Tenancy;

/// <summary>Issue 12 item 10: the clock only shows instants from 1970 to 9999, so no clock change can make later writes fail.</summary>
public sealed class ClockBoundsTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    private async Task<JsonObject> Clock() => (await _app.CreateClient().GetFromJsonAsync<JsonObject>("/emulator/clock"))!;

    private static async Task<JsonObject> Refused(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1969-12-31T23:59:59Z")]
    public async Task Freezing_before_1970_is_a_400_naming_freezeAt_and_later_writes_still_succeed(string freezeAt)
    {
        var before = await Clock();

        var problem = await Refused(await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { freezeAt }));

        problem["errors"]!["$.freezeAt"].Should().NotBeNull();
        (await Clock())["frozen"]!.GetValue<bool>().Should().Be(before["frozen"]!.GetValue<bool>(), "a refused change leaves the clock as it was");
        var contact = await _app.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/contacts", new { email = "after-0001@example.com" });
        contact.StatusCode.Should().Be(HttpStatusCode.Created);
        var stock = await _app.CreateAuthorizedClient().PutAsJsonAsync("/api/v3/inventory/stock-levels", new[] { new { sku = "AFTER-0001", quantity = 1 } });
        stock.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task The_edges_of_the_range_are_accepted()
    {
        (await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { freezeAt = "1970-01-01T00:00:00Z" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { freezeAt = "9999-12-31T23:59:59Z" })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Clock())["now"]!.GetValue<DateTimeOffset>().Should().Be(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero));
        (await _app.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/contacts", new { email = "at-9999@example.com" })).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Advancing_past_9999_is_a_400_naming_advanceSeconds_and_leaves_the_clock_where_it_was()
    {
        await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { freezeAt = "9999-06-01T00:00:00Z" });

        var problem = await Refused(await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { advanceSeconds = 315_360_000 }));

        problem["errors"]!["$.advanceSeconds"].Should().NotBeNull();
        (await Clock())["now"]!.GetValue<DateTimeOffset>().Should().Be(new DateTimeOffset(9999, 6, 1, 0, 0, 0, TimeSpan.Zero));
        (await _app.CreateAuthorizedClient().PostAsJsonAsync("/api/v3/contacts", new { email = "after-9999@example.com" })).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Advancing_a_running_clock_back_before_1970_is_a_400()
    {
        await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { freezeAt = "1975-01-01T00:00:00Z" });
        await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { frozen = false });

        var problem = await Refused(await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { advanceSeconds = -315_360_000 }));

        problem["errors"]!["$.advanceSeconds"].Should().NotBeNull();
        var clock = await Clock();
        clock["frozen"]!.GetValue<bool>().Should().BeFalse();
        clock["now"]!.GetValue<DateTimeOffset>().Year.Should().Be(1975);
    }

    [Fact]
    public async Task A_combined_change_that_ends_out_of_range_changes_nothing()
    {
        await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { freezeAt = "2030-01-01T00:00:00Z" });

        await Refused(await _app.CreateClient().PutAsJsonAsync("/emulator/clock", new { freezeAt = "1970-01-02T00:00:00Z", advanceSeconds = -200_000 }));

        (await Clock())["now"]!.GetValue<DateTimeOffset>().Should().Be(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public void Dispose() => _app.Dispose();
}
