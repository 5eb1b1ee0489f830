using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Tenancy;

namespace BackInStock.Emulator.Tests.Centra;

/// <summary>
/// Centra's stock-change events relayed by each integration to its tenant as stock levels (quantity = Free-To-Allocate,
/// externalId = Market ID, no locale); events are marked processed per integration name, the partner page's multi-brand pitfall.
/// </summary>
public sealed class CentraRelayTests : IDisposable
{
    private readonly EmulatorFixture _x = new("memory");
    private readonly EmulatorFixture _y = new("memory");
    private readonly TenantDirectory _tenants;

    public CentraRelayTests()
    {
        _tenants = new TenantDirectory([new Tenant(new TenantOptions { Id = "brand-x" }, _x.Emulator), new Tenant(new TenantOptions { Id = "brand-y" }, _y.Emulator)]);
    }

    private CentraRelay Relay(int capacity = 100, params CentraIntegration[] integrations)
    {
        var relay = new CentraRelay(_tenants, _x.Clock, capacity);
        relay.Configure(integrations);
        return relay;
    }

    private static CentraIntegration Integration(string name, string tenant, params string[] stores) => new(name, $"token-{tenant}", tenant, stores);

    private static IEnumerable<(string Sku, string? Locale, string? ExternalId, int Quantity)> Levels(EmulatorFixture tenant) =>
        tenant.Emulator.StockLevels.Current().Select(l => (l.Sku, l.Locale, l.ExternalId, l.Quantity));

    [Fact]
    public void A_stock_change_becomes_a_stock_level_in_the_integrations_tenant()
    {
        var relay = Relay(integrations: Integration("Voyado", "brand-x"));

        var (events, deliveries) = relay.Post([("1", "SKU-1", 125, "4")]);

        events.Should().Equal(new StockChange(1, "1", "SKU-1", 125, "4", _x.Clock.GetUtcNow()));
        var delivery = deliveries.Should().ContainSingle().Subject;
        delivery.Should().Match<RelayDelivery>(d => d.Integration == "Voyado" && d.Tenant == "brand-x" && d.BatchId != null && d.Error == null);
        delivery.EventIds.Should().Equal(1L);
        Levels(_x).Should().Equal(("SKU-1", (string?)null, (string?)"4", 125));
        Levels(_y).Should().BeEmpty();
        relay.Cursors().Should().ContainSingle().Which.Should().Match<IntegrationCursor>(c => c.RelayedEvents == 1 && c.PendingEvents == 0 && c.LastEventId == 1 && c.Warnings.Count == 0);
    }

    [Fact]
    public void Events_are_numbered_in_order_and_the_cursor_follows_the_latest()
    {
        var relay = Relay(integrations: Integration("Voyado", "brand-x"));

        relay.Post([("1", "SKU-1", 1, "4"), ("1", "SKU-2", 2, "4")]);
        var (events, deliveries) = relay.Post([("1", "SKU-3", 3, "4")]);

        events.Single().Id.Should().Be(3);
        deliveries.Single().EventIds.Should().Equal(3L);
        relay.Cursors().Single().Should().Match<IntegrationCursor>(c => c.RelayedEvents == 3 && c.LastEventId == 3);
    }

    [Fact]
    public void An_integration_takes_only_the_stores_it_is_enabled_for()
    {
        var relay = Relay(integrations: Integration("Voyado", "brand-x", "1"));

        var other = relay.Post([("2", "SKU-1", 5, "4")]).Deliveries.Single();
        var own = relay.Post([("1", "SKU-2", 6, "4")]).Deliveries.Single();

        other.EventIds.Should().BeEmpty();
        other.BatchId.Should().BeNull();
        own.EventIds.Should().Equal(2L);
        Levels(_x).Select(l => l.Sku).Should().Equal("SKU-2");
        relay.Cursors().Single().PendingEvents.Should().Be(0, "an event of a store it is not enabled for is not waiting for it");
    }

    [Fact]
    public void Two_integrations_sharing_a_name_split_the_events_and_both_are_warned()
    {
        var relay = Relay(integrations: [Integration("Engage", "brand-x"), Integration("Engage", "brand-y")]);

        var deliveries = relay.Post([("1", "SKU-1", 3, "4")]).Deliveries;

        deliveries.Select(d => (d.Tenant, d.EventIds.Count, d.BatchId is null)).Should().Equal(("brand-x", 1, false), ("brand-y", 0, true));
        Levels(_y).Should().BeEmpty("brand Y's event was marked processed by brand X's integration");
        var cursors = relay.Cursors();
        cursors[0].Warnings.Should().Equal("The Centra integration name 'Engage' is shared with the integration for tenant brand-y: Centra marks events processed per integration name, so one of them misses stock changes. Give each brand its own token and integration name.");
        cursors[1].Warnings.Should().ContainSingle().Which.Should().Contain("for tenant brand-x:");
        cursors.Select(c => (c.RelayedEvents, c.PendingEvents, c.LastEventId)).Should().Equal((1, 0, (long?)1), (0, 0, (long?)1));
        _x.Emulator.IntegrationLog.List(new()).Single().Warnings.Should().Contain(cursors[0].Warnings);
    }

    [Fact]
    public void Integrations_with_their_own_names_each_relay_every_event()
    {
        var relay = Relay(integrations: [Integration("Engage X", "brand-x"), Integration("Engage Y", "brand-y")]);

        relay.Post([("1", "SKU-1", 3, "4")]);

        Levels(_x).Should().ContainSingle();
        Levels(_y).Should().ContainSingle();
        relay.Cursors().Should().OnlyContain(c => c.Warnings.Count == 0 && c.RelayedEvents == 1 && c.PendingEvents == 0);
    }

    [Fact]
    public void An_integration_names_a_configured_tenant_in_any_letter_case()
    {
        var relay = Relay(integrations: Integration("Voyado", "BRAND-Y"));

        relay.Post([("1", "SKU-1", 3, "4")]).Deliveries.Single().Tenant.Should().Be("BRAND-Y");

        Levels(_y).Should().ContainSingle();
        var configure = () => relay.Configure([Integration("Voyado", "brand-x"), Integration("Other", "brand-z")]);
        configure.Should().Throw<ArgumentException>().WithMessage("The integration 'Other' names the tenant 'brand-z', which is not configured.*");
        relay.Integrations.Should().ContainSingle().Which.Tenant.Should().Be("BRAND-Y", "a refused configuration changes nothing");
    }

    [Fact]
    public void A_tenant_that_cannot_take_the_events_keeps_them_waiting_and_the_others_still_get_theirs()
    {
        var relay = Relay(integrations: [Integration("X", "brand-x"), Integration("Y", "brand-y")]);
        relay.Post([("1", "SKU-1", 1, "4"), ("1", "SKU-2", 1, "4")]);
        _y.Emulator.Dispose();

        var deliveries = relay.Post([("1", "SKU-3", 2, "4")]).Deliveries;

        deliveries[0].EventIds.Should().Equal(3L);
        deliveries[1].Should().Match<RelayDelivery>(d => d.EventIds.Count == 0 && d.BatchId == null && d.Error != null);
        relay.Cursors()[1].Should().Match<IntegrationCursor>(c => c.RelayedEvents == 2 && c.PendingEvents == 1 && c.LastEventId == 2);
    }

    [Fact]
    public void A_tenant_that_never_took_an_event_has_no_cursor_position()
    {
        var relay = Relay(integrations: Integration("Y", "brand-y"));
        _y.Emulator.Dispose();

        relay.Post([("1", "SKU-1", 1, "4"), ("1", "SKU-2", 1, "4")]).Deliveries.Single().Error.Should().NotBeNull();

        relay.Cursors().Single().Should().Match<IntegrationCursor>(c => c.RelayedEvents == 0 && c.PendingEvents == 2 && c.LastEventId == null);
    }

    [Fact]
    public void A_poll_with_nothing_new_delivers_nothing()
    {
        var relay = Relay(integrations: Integration("X", "brand-x"));
        relay.Post([("1", "SKU-1", 1, "4")]);

        relay.PollAll().Should().ContainSingle().Which.Should().Match<RelayDelivery>(d => d.Integration == "X" && d.Tenant == "brand-x" && d.EventIds.Count == 0 && d.BatchId == null && d.Error == null);
    }

    [Fact]
    public void Clearing_forgets_the_events_and_what_was_relayed_but_keeps_the_integrations()
    {
        var relay = Relay(integrations: Integration("X", "brand-x", "1"));
        relay.Post([("1", "SKU-1", 1, "4"), ("2", "SKU-2", 1, "4")]);

        relay.Clear();

        relay.Cursors().Single().Should().Match<IntegrationCursor>(c => c.Integration.Name == "X" && c.RelayedEvents == 0 && c.PendingEvents == 0 && c.LastEventId == null);
        relay.Configure([Integration("X", "brand-x")]);
        relay.PollAll().Single().EventIds.Should().BeEmpty("the event of store 2 was forgotten");
        relay.Post([("1", "SKU-3", 1, "4")]).Events.Single().Id.Should().Be(3, "event ids are never reused");
    }

    [Fact]
    public void Beyond_its_capacity_centra_forgets_the_oldest_events_so_a_later_integration_sees_only_recent_ones()
    {
        var relay = Relay(2, Integration("Store 1 only", "brand-x", "1"));
        relay.Post([("2", "SKU-1", 1, "4"), ("2", "SKU-2", 1, "4"), ("2", "SKU-3", 1, "4")]);

        relay.Configure([Integration("Everything", "brand-y")]);

        relay.Cursors().Single().PendingEvents.Should().Be(2);
        relay.PollAll().Single().EventIds.Should().Equal(2L, 3L);
        Levels(_y).Select(l => l.Sku).Should().BeEquivalentTo(["SKU-2", "SKU-3"]);
    }

    [Fact]
    public void A_change_whose_market_is_too_long_to_index_is_refused_by_its_path()
    {
        var relay = Relay(integrations: Integration("X", "brand-x"));

        var post = () => relay.Post([("1", "SKU-1", 1, new string('M', 100))]);

        post.Should().Throw<Errors.EmulatorException>().Which.Fields.Should().ContainKey("$[0].marketId");
    }

    public void Dispose()
    {
        _x.Dispose();
        _y.Dispose();
    }
}
