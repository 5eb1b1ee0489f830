namespace BackInStock.Emulator.Centra;

/// <summary>What one integration took from Centra in one relay round and sent to its tenant as stock levels.</summary>
/// <param name="Error">Why the tenant could not take them; the events stay unprocessed for the integration.</param>
public sealed record RelayDelivery(string Integration, string Tenant, IReadOnlyList<long> EventIds, Guid? BatchId, string? Error = null);
