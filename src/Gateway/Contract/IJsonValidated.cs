using System.Text.Json;

namespace BackInStock.Gateway.Contract;

/// <summary>A generated DTO that can check raw JSON against its contract schema.</summary>
public interface IJsonValidated
{
    static abstract void ValidateJson(JsonElement json, string path, ContractErrors errors);
}
