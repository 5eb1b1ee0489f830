namespace BackInStock.Emulator.Triggering;

/// <summary>
/// What a back-in-stock rule warns about an item or a subscription before anything runs: the trigger logs
/// the message, the payload advisor shows it at the item's path with the code.
/// </summary>
/// <param name="Field">The part of the item it is about (".sku", ".locale"), or "" for the item as a whole.</param>
/// <param name="Code">A stable name for the warning, for filtering in CI.</param>
internal sealed record RuleWarning(string Field, string Code, string Message);
