namespace BackInStock.Emulator.Centra;

/// <summary>
/// A Centra API token with its integration name, shared with one Engage tenant. Centra marks events
/// processed per integration name, so two tokens with one name consume each other's events.
/// </summary>
/// <param name="Stores">The Centra stores the token is enabled for; empty means all.</param>
public sealed record CentraIntegration(string Name, string Token, string Tenant, IReadOnlyList<string> Stores);
