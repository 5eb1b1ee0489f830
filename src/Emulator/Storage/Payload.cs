using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackInStock.Emulator.Storage;

/// <summary>
/// Nested records (emails, log entries, automations, batches, receipts) are stored as JSON next to the
/// few fields that are indexed: LiteDB's mapper needs mutable classes, the domain keeps immutable records.
/// </summary>
internal static class Payload
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");
}
