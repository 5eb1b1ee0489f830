using System.Text.Json;

namespace BackInStock.Gateway.Contract;

/// <summary>One operation of the contract as generated: its id, route and the check its body goes through.</summary>
/// <param name="ValidateBody">The generated body check, or null when the operation takes no body.</param>
public sealed record ContractOperation(string Id, string Method, string Path, Action<JsonElement, string, ContractErrors>? ValidateBody)
{
    /// <summary>The type the body binds to, or null when the operation takes no body.</summary>
    public Type? BodyType { get; init; }
}
