using System.Text.Json;

namespace BackInStock.Emulator.Import;

/// <summary>
/// A JSON value's kind as error messages name it ("an object", "null"): one wording for the gateway's contract
/// check and the import's own reading, so a line refused by either reads the same.
/// </summary>
public static class JsonKinds
{
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
