using System.Net;
using System.Net.Http.Json;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests.Tenancy;

/// <summary>Issue 12 item 9: the simulated Centra keeps a bounded number of events, and a reset empties it.</summary>
public sealed class CentraEventCapTests : IDisposable
{
    private const int Capacity = 50;

    private readonly GatewayApplication _app = new(inMemory: true, settings: new Dictionary<string, string?>
    {
        ["Emulator:CentraEventCapacity"] = Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private CentraSimulatorClient Centra => new(_app.CreateClient());

    private async Task Post(int count) =>
        await Centra.PostCentraStockChangesAsync(Enumerable.Range(0, count)
            .Select(i => new CentraStockChangeInput { Store = "1", Sku = $"CAP-{i}", FreeToAllocate = i, MarketId = "4" }).ToList());

    // A newly named integration has processed nothing: what it would take is every event Centra still holds.
    private async Task<int> HeldEvents()
    {
        var integrations = await Centra.ListCentraIntegrationsAsync();
        await Centra.ReplaceCentraIntegrationsAsync([new CentraIntegrationInput { Name = "Fresh-" + Guid.NewGuid().ToString("N"), Token = "t", Tenant = "voyado.centraqa" }]);
        var held = (await Centra.ListCentraIntegrationsAsync()).Data.Single().PendingEvents;
        await Centra.ReplaceCentraIntegrationsAsync(integrations.Data.Select(i => new CentraIntegrationInput { Name = i.Name, Token = "centra-dev-token", Tenant = i.Tenant, Stores = i.Stores }).ToList());
        return held;
    }

    [Fact]
    public async Task Events_beyond_the_capacity_are_pruned_oldest_first_after_every_integration_has_relayed_them()
    {
        await Post(40);
        await Post(40);
        await Post(40);

        var status = (await Centra.ListCentraIntegrationsAsync()).Data.Single();
        status.RelayedEvents.Should().Be(120, "every event was relayed before the oldest were pruned");
        status.PendingEvents.Should().Be(0);
        status.LastEventId.Should().Be(120);
        (await HeldEvents()).Should().Be(Capacity);
    }

    [Fact]
    public async Task A_post_larger_than_the_capacity_is_still_relayed_whole()
    {
        var relayed = await Centra.PostCentraStockChangesAsync(Enumerable.Range(0, Capacity * 2)
            .Select(i => new CentraStockChangeInput { Store = "1", Sku = $"BIG-{i}", FreeToAllocate = 1, MarketId = "4" }).ToList());

        relayed.Deliveries.Single().EventIds.Should().HaveCount(Capacity * 2);
        (await HeldEvents()).Should().Be(Capacity);
    }

    [Fact]
    public async Task A_reset_forgets_every_centra_event_and_what_was_relayed()
    {
        await Post(30);

        var reset = await _app.CreateClient().PostAsync(new Uri("/emulator/reset", UriKind.Relative), JsonContent.Create(new { }));

        reset.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var status = (await Centra.ListCentraIntegrationsAsync()).Data.Single();
        (status.RelayedEvents, status.PendingEvents, status.LastEventId).Should().Be((0, 0, (long?)null));
        status.Name.Should().Be("Engage integration", "the integrations stay configured");
        (await HeldEvents()).Should().Be(0);
    }

    public void Dispose() => _app.Dispose();
}
