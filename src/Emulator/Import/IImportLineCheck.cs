using System.Text.Json;

namespace BackInStock.Emulator.Import;

/// <summary>
/// The contract's check of one import line, given by the caller that owns the contract (the gateway's generated
/// validators). The import reads every line whatever it is given, refusing what it cannot read; this check adds
/// the contract's limits (formats, lengths, patterns, required members the emulator does not keep).
/// </summary>
public interface IImportLineCheck
{
    /// <summary>Adds each problem of <paramref name="line"/> (the line's root object) to <paramref name="errors"/>, by JSON path from <c>$</c>.</summary>
    void Check(JsonElement line, List<ImportFieldError> errors);
}
