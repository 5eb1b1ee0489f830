using System.Text.Json;
using BackInStock.Emulator.Advice;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Handlers.Mapping;
using BackInStock.Gateway.Tenancy;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Domain = BackInStock.Emulator;

namespace BackInStock.Gateway.Validation;

/// <summary>
/// One payload checked as the gateway would check it, then, when valid, read against Engage's rules
/// and the tenant's state (the emulator's advisor). Shared by the validate route and command.
/// </summary>
public sealed class PayloadValidation(TenantContext tenant, IOptions<JsonOptions> json)
{
    public const string ContractError = "ContractError";

    public ValidationReport Validate(ContractOperation operation, JsonElement payload)
    {
        try
        {
            return Check(operation, payload);
        }
        catch (InvalidOperationException exception) when (ContractBody.IsBrokenText(exception))
        {
            return Report(operation.Id, [new Advice("$", "MalformedJson", ContractBody.BrokenText)], []);
        }
    }

    private ValidationReport Check(ContractOperation operation, JsonElement payload)
    {
        var errors = new ContractErrors { CollectsWarnings = true };
        if (operation.ValidateBody is null)
        {
            errors.Add("$", $"{operation.Id} ({operation.Method} {operation.Path}) takes no request body.");
        }
        else
        {
            // Both run: a batch is advised item by item, and only the checks tell which items can be read.
            DuplicateProperties.Check(payload, "$", errors);
            operation.ValidateBody(payload, "$", errors);
        }

        var warnings = new List<Advice>(errors.Warnings);
        warnings.AddRange(Advise(operation, payload, errors));
        return Report(operation.Id, errors.Fields.SelectMany(f => f.Value.Select(message => new Advice(f.Key, ContractError, message))), warnings);
    }

    public static ValidationReport Report(string operationId, IEnumerable<Advice> errors, IEnumerable<Advice> warnings)
    {
        var found = errors.Select(Finding).ToList();
        return new ValidationReport
        {
            OperationId = operationId,
            Valid = found.Count == 0,
            Errors = found,
            Warnings = warnings.Select(Finding).ToList(),
        };
    }

    /// <summary>
    /// What the rules make of a payload the contract accepts. A batch is advised item by item, so one
    /// refused item does not hide what the others would do; any other body only once it is valid.
    /// </summary>
    private IReadOnlyList<Advice> Advise(ContractOperation operation, JsonElement payload, ContractErrors errors)
    {
        var options = json.Value.SerializerOptions;
        var advisor = tenant.Emulator.Advisor;

        // By the body the operation binds, so every operation taking that body gets its advice.
        var body = operation.BodyType;
        if (body == typeof(IEnumerable<StockLevelUpdate>) && payload.ValueKind == JsonValueKind.Array && !errors.Fields.ContainsKey("$"))
        {
            var refused = RefusedItems(errors);
            return advisor.StockLevels(payload.EnumerateArray()
                .Select((item, index) => refused.Contains(index) ? null : StockLevelMapping.ToDomain([item.Deserialize<StockLevelUpdate>(options)!])[0])
                .ToList());
        }

        if (errors.Count > 0)
        {
            return [];
        }

        if (body == typeof(CreateSubscriptionRequest))
        {
            var subscription = payload.Deserialize<CreateSubscriptionRequest>(options)!;
            return advisor.Subscription(new Domain.Subscriptions.NewSubscription(subscription.ContactId, subscription.Sku, subscription.Locale, subscription.ExternalId));
        }

        if (body == typeof(CentraSubscribeRequest))
        {
            var storefront = payload.Deserialize<CentraSubscribeRequest>(options)!;
            return advisor.StorefrontSubscription(storefront.Email, storefront.Sku, storefront.Locale, storefront.ExternalId);
        }

        return [];
    }

    /// <summary>The indexes of the batch items with a contract error (paths "$[3]", "$[3].sku" and the like).</summary>
    private static HashSet<int> RefusedItems(ContractErrors errors)
    {
        var refused = new HashSet<int>();
        foreach (var path in errors.Fields.Keys)
        {
            var end = path.IndexOf(']', StringComparison.Ordinal);
            if (path.StartsWith("$[", StringComparison.Ordinal) && end > 2
                && int.TryParse(path.AsSpan(2, end - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                refused.Add(index);
            }
        }

        return refused;
    }

    private static ValidationFinding Finding(Advice advice) => new() { Path = advice.Path, Code = advice.Code, Message = advice.Message };
}
