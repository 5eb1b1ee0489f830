namespace BackInStock.Emulator.Centra;

/// <summary>What one integration took from Centra in one relay round and sent to its tenant as stock levels.</summary>
public sealed record RelayDelivery(string Integration, string Tenant, IReadOnlyList<long> EventIds, Guid? BatchId);
