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
        var errors = new ContractErrors { CollectsWarnings = true };
        if (operation.ValidateBody is null)
        {
            errors.Add("$", $"{operation.Id} ({operation.Method} {operation.Path}) takes no request body.");
        }
        else
        {
            operation.ValidateBody(payload, "$", errors);
        }

        var warnings = new List<Advice>(errors.Warnings);
        if (errors.Count == 0)
        {
            warnings.AddRange(Advise(operation.Id, payload));
        }
        else if (operation.Id is "UpdateStockLevels" or "DryRunStockLevels" && payload.ValueKind == JsonValueKind.Array && !errors.Fields.ContainsKey("$"))
        {
            // A batch is advised item by item, so one typo does not hide what the other items would do.
            warnings.AddRange(tenant.Emulator.Advisor.StockLevels(ValidItems(payload, errors)));
        }

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

    private IReadOnlyList<Advice> Advise(string operationId, JsonElement payload)
    {
        var options = json.Value.SerializerOptions;
        var advisor = tenant.Emulator.Advisor;
        switch (operationId)
        {
            case "UpdateStockLevels" or "DryRunStockLevels":
                return advisor.StockLevels([.. StockLevelMapping.ToDomain(payload.Deserialize<List<StockLevelUpdate>>(options)!)]);
            case "CreateSubscription":
                var subscription = payload.Deserialize<CreateSubscriptionRequest>(options)!;
                return advisor.Subscription(new Domain.Subscriptions.NewSubscription(subscription.ContactId, subscription.Sku, subscription.Locale, subscription.ExternalId));
            case "CentraSubscribe":
                var storefront = payload.Deserialize<CentraSubscribeRequest>(options)!;
                return advisor.StorefrontSubscription(storefront.Email, storefront.Sku, storefront.Locale, storefront.ExternalId);
            default:
                return [];
        }
    }

    private List<Domain.StockLevels.StockLevelItem?> ValidItems(JsonElement batch, ContractErrors errors)
    {
        var options = json.Value.SerializerOptions;
        return batch.EnumerateArray().Select((element, index) =>
        {
            var at = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$[{index}]");
            var refused = errors.Fields.Keys.Any(path => path == at || path.StartsWith(at + ".", StringComparison.Ordinal) || path.StartsWith(at + "[", StringComparison.Ordinal));
            return refused ? null : StockLevelMapping.ToDomain([element.Deserialize<StockLevelUpdate>(options)!])[0];
        }).ToList();
    }

    private static ValidationFinding Finding(Advice advice) => new() { Path = advice.Path, Code = advice.Code, Message = advice.Message };
}
