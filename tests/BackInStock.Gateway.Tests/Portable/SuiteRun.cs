using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>A case's own set-up failed (the target refused a step the case needs); reported as a deviation.</summary>
public sealed class SuiteSetupException(string message) : Exception(message);

/// <summary>One case in progress: its exchanges, its deviations, and the steps cases share.</summary>
public sealed class SuiteRun(SuiteTarget target, ContractDocument contract)
{
    public SuiteTarget Target { get; } = target;

    public List<string> Deviations { get; } = [];

    public List<Exchange> Exchanges { get; } = [];

    public void Require(bool condition, string deviation)
    {
        if (!condition)
        {
            Deviations.Add(deviation);
        }
    }

    /// <summary>The operation's example body, changed for this run (an array's first item is what changes).</summary>
    public string Example(string operationId, Action<JsonObject> change)
    {
        var example = contract[operationId].BodyExample!.DeepClone();
        change(example is JsonArray items ? items[0]!.AsObject() : example.AsObject());
        return example.ToJsonString();
    }

    /// <summary>Sends a request, checks the answer against the contract, and returns the parsed body.</summary>
    public async Task<JsonNode?> ExpectAsync(int status, string operationId, HttpMethod method, string path, string? body = null, bool withKey = true)
    {
        var exchange = await Target.SendAsync(operationId, method, path, body, withKey);
        Exchanges.Add(exchange);
        var found = Check(exchange);
        Require(exchange.Status == status, $"{method} {path} answered {exchange.Status}, expected {status}.");
        return found;
    }

    public async Task<(string Id, string Email)> NewContactAsync()
    {
        var email = $"suite-{Guid.NewGuid():N}@example.com";
        var contact = await ExpectAsync(201, "CreateContact", HttpMethod.Post, "/api/v3/contacts", Example("CreateContact", b => b["email"] = email));
        return (contact?["id"]?.ToString() ?? throw new SuiteSetupException("CreateContact gave no contact id; the case cannot go on."), email);
    }

    public async Task<(string ContactId, string SubscriptionId)> NewSubscriptionAsync()
    {
        var (contactId, _) = await NewContactAsync();
        var (sku, locale) = await Target.ProductAsync();
        var subscription = await ExpectAsync(201, "CreateSubscription", HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", Example("CreateSubscription", b =>
        {
            b["contactId"] = contactId;
            b["sku"] = sku;
            b["locale"] = locale;
            b.Remove("externalId");
        }));
        return (contactId, subscription?["id"]?.ToString() ?? throw new SuiteSetupException("CreateSubscription gave no subscription id; the case cannot go on."));
    }

    public async Task<List<string>> SubscriptionIdsAsync(string contactId)
    {
        var list = await ExpectAsync(200, "ListContactSubscriptions", HttpMethod.Get, $"/api/v3/contacts/{contactId}/backinstock/subscriptions");
        return list?["data"] is JsonArray data ? data.Select(s => s?["id"]?.ToString() ?? string.Empty).ToList() : [];
    }

    /// <summary>The status must be one the operation declares, with a declared media type and a body its schema accepts.</summary>
    private JsonNode? Check(Exchange exchange)
    {
        var operation = contract[exchange.OperationId];
        var where = $"{exchange.Method} {exchange.Url.PathAndQuery} → {exchange.Status}";
        if (exchange.Violations is not null)
        {
            Deviations.Add($"{where}: the validating proxy reports {exchange.Violations}");
        }

        if (!operation.Responses.TryGetValue(exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response))
        {
            Deviations.Add($"{where}: the contract declares no {exchange.Status} for {operation.Id} (it declares {string.Join(", ", operation.Responses.Keys)}).");
            return Parse(exchange);
        }

        if (response["content"] is not JsonObject content)
        {
            Require(exchange.ResponseBody.Length == 0, $"{where}: the contract declares no body, but one came ({exchange.ResponseBody.Length} characters).");
            return null;
        }

        if (exchange.ContentType is null || content[exchange.ContentType] is not { } media)
        {
            Deviations.Add($"{where}: media type {exchange.ContentType ?? "(none)"} is not one the contract declares ({string.Join(", ", content.Select(c => c.Key))}).");
            return Parse(exchange);
        }

        var body = Parse(exchange);
        foreach (var problem in SchemaCheck.Problems(contract, body, media["schema"]!))
        {
            Deviations.Add($"{where}: {problem}");
        }

        return body;
    }

    private JsonNode? Parse(Exchange exchange)
    {
        try
        {
            return exchange.ResponseBody.Length == 0 ? null : JsonNode.Parse(exchange.ResponseBody);
        }
        catch (JsonException)
        {
            Deviations.Add($"{exchange.Method} {exchange.Url.PathAndQuery} → {exchange.Status}: the body is not JSON.");
            return null;
        }
    }
}
