namespace BackInStock.Emulator.Automations;

/// <summary>
/// A custom trigger condition, one of those Engage lists: locale, quantity, SKU, externalId,
/// product data, subscription time, purchase, contact attributes.
/// </summary>
/// <param name="Field">For product data and contact attributes: which field (e.g. "brand", "price", "countryCode").</param>
/// <param name="Operator">How the value compares; which operators apply depends on the type (see <see cref="ConditionOperators"/>).</param>
/// <param name="Values">The operand(s): one value, or several for "in" and "notIn".</param>
/// <param name="Days">For subscription time and purchase: the window in days.</param>
public sealed record AutomationCondition(
    ConditionType Type,
    string Operator,
    string? Field = null,
    IReadOnlyList<string>? Values = null,
    double? Days = null);
