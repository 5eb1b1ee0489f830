using System.Globalization;

namespace BackInStock.Emulator.Automations;

/// <summary>Decides one custom condition for one subscription, saying why in words a developer can act on.</summary>
public static class ConditionEvaluator
{
    public static (bool Passed, string Detail) Evaluate(AutomationCondition condition, TriggerContext context)
    {
        var values = condition.Values ?? [];
        return condition.Type switch
        {
            ConditionType.Locale => Membership("locale", context.Subscription.Locale, condition.Operator, values, StringComparer.OrdinalIgnoreCase),
            ConditionType.Quantity => Quantity(context.Item.Quantity, condition.Operator, values),
            ConditionType.Sku => condition.Operator == "startsWith"
                ? Verdict(values.Any(v => context.Subscription.Sku.StartsWith(v, StringComparison.Ordinal)), $"sku {context.Subscription.Sku} starts with one of [{string.Join(", ", values)}]")
                : Membership("sku", context.Subscription.Sku, condition.Operator, values, StringComparer.Ordinal),
            ConditionType.ExternalId => condition.Operator switch
            {
                "exists" => Verdict(context.Subscription.ExternalId is not null, $"externalId is {Show(context.Subscription.ExternalId)}"),
                "notExists" => Verdict(context.Subscription.ExternalId is null, $"externalId is {Show(context.Subscription.ExternalId)}"),
                _ => Membership("externalId", context.Subscription.ExternalId, condition.Operator, values, StringComparer.Ordinal),
            },
            ConditionType.ProductData => Compare($"product {condition.Field}", ProductField(context, condition.Field!), condition.Operator, values),
            ConditionType.ContactAttribute => Compare($"contact {condition.Field}", ContactField(context, condition.Field!), condition.Operator, values),
            ConditionType.SubscriptionTime => SubscriptionAge(context, condition.Operator, condition.Days ?? 0),
            ConditionType.Purchase => Purchase(context, condition.Operator, condition.Days ?? 0),
            _ => (false, $"unknown condition type {condition.Type}"),
        };
    }

    private static (bool, string) Verdict(bool passed, string detail) => (passed, detail);

    private static (bool, string) Membership(string name, string? actual, string op, IReadOnlyList<string> values, StringComparer comparer)
    {
        var isIn = actual is not null && values.Contains(actual, comparer);
        var list = string.Join(", ", values);
        return op == "notIn"
            ? (!isIn, $"{name} {Show(actual)} is {(isIn ? "" : "not ")}in [{list}]")
            : (isIn, $"{name} {Show(actual)} is {(isIn ? "" : "not ")}in [{list}]");
    }

    private static (bool, string) Quantity(int quantity, string op, IReadOnlyList<string> values)
    {
        var operand = int.Parse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture);
        var passed = op switch
        {
            "greaterThan" => quantity > operand,
            "greaterThanOrEqual" => quantity >= operand,
            "lessThan" => quantity < operand,
            "lessThanOrEqual" => quantity <= operand,
            _ => quantity == operand,
        };
        return (passed, $"quantity {quantity} {op} {operand}");
    }

    private static (bool, string) Compare(string name, string? actual, string op, IReadOnlyList<string> values)
    {
        var expected = values.Count > 0 ? values[0] : null;
        var passed = op switch
        {
            "exists" => !string.IsNullOrEmpty(actual),
            "notExists" => string.IsNullOrEmpty(actual),
            "equals" => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase),
            "notEquals" => !string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase),
            "contains" => actual is not null && expected is not null && actual.Contains(expected, StringComparison.OrdinalIgnoreCase),
            "greaterThan" => Number(actual) is { } a && Number(expected) is { } b && a > b,
            "lessThan" => Number(actual) is { } c && Number(expected) is { } d && c < d,
            _ => false,
        };
        return (passed, expected is null ? $"{name} is {Show(actual)}" : $"{name} {Show(actual)} {op} {Show(expected)}");
    }

    private static (bool, string) SubscriptionAge(TriggerContext context, string op, double days)
    {
        var age = context.Now - context.Subscription.CreatedOn;
        var window = TimeSpan.FromDays(days);
        var passed = op == "olderThan" ? age > window : age < window;
        return (passed, string.Create(CultureInfo.InvariantCulture, $"subscribed {age.TotalDays:0.##} days ago; {op} {days} days"));
    }

    private static (bool, string) Purchase(TriggerContext context, string op, double days)
    {
        var since = context.Now - TimeSpan.FromDays(days);
        var bought = context.Receipts()
            .Where(r => r.CreatedDate >= since)
            .SelectMany(r => r.Items)
            .Any(i => string.Equals(i.Type, "PURCHASE", StringComparison.OrdinalIgnoreCase) && i.Sku == context.Subscription.Sku);
        var detail = string.Create(CultureInfo.InvariantCulture, $"{(bought ? "purchased" : "has not purchased")} {context.Subscription.Sku} in the last {days} days");
        return (op == "purchasedWithin" ? bought : !bought, detail);
    }

    private static string? ProductField(TriggerContext context, string field)
    {
        var product = context.Product;
        return field.ToLowerInvariant() switch
        {
            "sku" or "id" => product.Sku,
            "title" => product.Title,
            "price" => product.Price?.ToString(CultureInfo.InvariantCulture),
            "currency" => product.Currency,
            "availability" => product.Availability,
            "link" => product.Link,
            "imageurl" or "image_link" => product.ImageUrl,
            _ => product.Attributes.FirstOrDefault(a => string.Equals(a.Key, field, StringComparison.OrdinalIgnoreCase)).Value,
        };
    }

    private static string? ContactField(TriggerContext context, string field)
    {
        var contact = context.Contact;
        if (contact is null)
        {
            return null;
        }

        return field.ToLowerInvariant() switch
        {
            "email" => contact.Email,
            "firstname" => contact.FirstName,
            "lastname" => contact.LastName,
            "lang" => contact.Lang,
            "countrycode" => contact.CountryCode,
            "acceptsemail" => contact.AcceptsEmail ? "true" : "false",
            "contacttype" => contact.ContactType,
            _ => null,
        };
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Show(string? value) => value is null ? "(none)" : $"\"{value}\"";
}
