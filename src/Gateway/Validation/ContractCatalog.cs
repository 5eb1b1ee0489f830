using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Validation;

/// <summary>Every operation the contract generated, by operationId (case-insensitive).</summary>
public static class ContractCatalog
{
    public static IReadOnlyList<ContractOperation> All { get; } = [.. ContractTags.All.SelectMany(tag => tag.Operations)];

    public static ContractOperation? Find(string operationId) =>
        All.FirstOrDefault(o => string.Equals(o.Id, operationId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The operations that take a body, for the message naming what could have been meant.</summary>
    public static string WithBodies => string.Join(", ", All.Where(o => o.ValidateBody is not null).Select(o => o.Id).Order(StringComparer.Ordinal));
}
