namespace BackInStock.Emulator.Automations;

/// <summary>The operators each condition type accepts, and what else it needs.</summary>
public static class ConditionOperators
{
    /// <summary>The longest window a subscription-time or purchase condition may have: 100 years, so "now minus the window" stays a date.</summary>
    public const int MaxDays = 36_500;

    public static readonly IReadOnlyDictionary<ConditionType, string[]> ByType = new Dictionary<ConditionType, string[]>
    {
        [ConditionType.Locale] = ["in", "notIn"],
        [ConditionType.Quantity] = ["greaterThan", "greaterThanOrEqual", "lessThan", "lessThanOrEqual", "equals"],
        [ConditionType.Sku] = ["in", "notIn", "startsWith"],
        [ConditionType.ExternalId] = ["in", "notIn", "exists", "notExists"],
        [ConditionType.ProductData] = ["equals", "notEquals", "contains", "greaterThan", "lessThan", "exists", "notExists"],
        [ConditionType.SubscriptionTime] = ["olderThan", "newerThan"],
        [ConditionType.Purchase] = ["notPurchasedWithin", "purchasedWithin"],
        [ConditionType.ContactAttribute] = ["equals", "notEquals", "contains", "greaterThan", "lessThan", "exists", "notExists"],
    };

    /// <summary>What is wrong with a condition, by field name; empty when it is usable.</summary>
    public static IEnumerable<(string Field, string Problem)> Problems(AutomationCondition condition)
    {
        var operators = ByType[condition.Type];
        if (!operators.Contains(condition.Operator, StringComparer.Ordinal))
        {
            yield return ("operator", $"must be one of {string.Join(", ", operators)} for a {condition.Type} condition.");
            yield break;
        }

        var needsField = condition.Type is ConditionType.ProductData or ConditionType.ContactAttribute;
        if (needsField && string.IsNullOrWhiteSpace(condition.Field))
        {
            yield return ("field", $"is required for a {condition.Type} condition.");
        }

        var needsDays = condition.Type is ConditionType.SubscriptionTime or ConditionType.Purchase;
        if (needsDays && condition.Days is null or < 0 or > MaxDays)
        {
            yield return ("days", $"must be from 0 to {MaxDays} for a {condition.Type} condition.");
        }

        var needsValues = !needsDays && condition.Operator is not ("exists" or "notExists");
        if (needsValues && (condition.Values is null || condition.Values.Count == 0))
        {
            yield return ("values", $"needs at least one value for '{condition.Operator}'.");
        }
        else if (condition.Type == ConditionType.Quantity && needsValues && !int.TryParse(condition.Values![0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            yield return ("values", "must hold a whole number for a Quantity condition.");
        }
    }
}
