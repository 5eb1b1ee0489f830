using BackInStock.Emulator.Centra;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Handlers;

/// <summary>The simulated Centra side: stock changes, integrations and their cursors (emulator-only).</summary>
public sealed class CentraSimulatorHandlers(CentraRelay relay) : ICentraSimulatorHandlers
{
    CentraRelayResult ICentraSimulatorHandlers.PostCentraStockChanges(IEnumerable<CentraStockChangeInput> body)
    {
        var (events, deliveries) = relay.Post(body.Select(c => (c.Store, c.Sku, c.FreeToAllocate, c.MarketId)));
        return new()
        {
            Events = events.Select(e => new CentraStockChange { Id = e.Id, Store = e.CentraStore, Sku = e.Sku, FreeToAllocate = e.FreeToAllocate, MarketId = e.MarketId, At = e.At }).ToList(),
            Deliveries = deliveries.Select(d => new CentraDelivery { Integration = d.Integration, Tenant = d.Tenant, EventIds = d.EventIds.ToList(), BatchId = d.BatchId, Error = d.Error }).ToList(),
        };
    }

    CentraIntegrationList ICentraSimulatorHandlers.ListCentraIntegrations() => List();

    CentraIntegrationList ICentraSimulatorHandlers.ReplaceCentraIntegrations(IEnumerable<CentraIntegrationInput> body)
    {
        var integrations = body.Select(i => new CentraIntegration(i.Name, i.Token, i.Tenant, i.Stores?.ToList() ?? [])).ToList();
        try
        {
            relay.Configure(integrations);
        }
        catch (ArgumentException unknown)
        {
            var index = integrations.FindIndex(i => unknown.Message.Contains($"'{i.Tenant}'", StringComparison.Ordinal));
            throw new EmulatorException(ErrorCatalogue.ValidationError, unknown.Message, new Dictionary<string, List<string>> { [$"$[{index}].tenant"] = ["names no configured tenant."] });
        }

        return List();
    }

    private CentraIntegrationList List() => new()
    {
        Data = relay.Cursors().Select(c => new CentraIntegrationStatus
        {
            Name = c.Integration.Name,
            Tenant = c.Integration.Tenant,
            Stores = c.Integration.Stores.ToList(),
            Token = Mask(c.Integration.Token),
            RelayedEvents = c.RelayedEvents,
            PendingEvents = c.PendingEvents,
            LastEventId = c.LastEventId,
            Warnings = c.Warnings.ToList(),
        }).ToList(),
    };

    // Tokens are secrets in Centra: show just enough to tell them apart.
    private static string Mask(string token) => token.Length <= 4 ? "****" : "****" + token[^4..];
}
