namespace BackInStock.Gateway.Tests.Portable;

/// <summary>
/// For each `inferred` point of the contract a tenant can be asked about, a probe that asks it and says what it
/// answered in one line. The same probe runs against the emulator; equal lines mean the tenant agrees. Probes
/// send only Engage's own routes, use quantity 0 (nothing triggers) and delete the subscriptions they create.
/// </summary>
public static class InferredPointProbes
{
    public static readonly IReadOnlyDictionary<string, Func<SuiteRun, Task<string>>> ByPoint = new Dictionary<string, Func<SuiteRun, Task<string>>>(StringComparer.Ordinal)
    {
        ["response EngageUnauthorized"] = async run =>
            $"no API key: {(await run.Target.SendAsync("GetContact", HttpMethod.Get, $"/api/v3/contacts/{Guid.NewGuid()}", withKey: false)).Status}",
        ["response EngageNotFound"] = async run =>
        {
            var contact = await run.Target.SendAsync("GetContact", HttpMethod.Get, $"/api/v3/contacts/{Guid.NewGuid()}");
            var subscription = await run.Target.SendAsync("DeleteSubscription", HttpMethod.Delete, $"/api/v3/inventory/backinstock/subscriptions/{Guid.NewGuid()}");
            return $"unknown contact read: {contact.Status}, unknown subscription deleted: {subscription.Status}";
        },
        ["schema CreateSubscriptionRequest"] = async run =>
        {
            var (contactId, _) = await run.NewContactAsync();
            var (sku, locale) = await run.Target.ProductAsync();
            var status = await SubscribeAsync(run, $$"""{ "ContactId": "{{contactId}}", "Sku": "{{sku}}", "Locale": "{{locale}}" }""");
            return $"ContactId, Sku and Locale capitalised: {Outcome(status)}";
        },
        ["schema CreateSubscriptionRequest.sku"] = run => AtTheLimitAsync(run, 200, async length =>
        {
            var (contactId, _) = await run.NewContactAsync();
            return await SubscribeAsync(run, $$"""{ "contactId": "{{contactId}}", "sku": "{{Text(length)}}", "locale": "sv-SE" }""");
        }),
        ["schema CreateSubscriptionRequest.externalId"] = run => AtTheLimitAsync(run, 64, async length =>
        {
            var (contactId, _) = await run.NewContactAsync();
            var (sku, locale) = await run.Target.ProductAsync();
            return await SubscribeAsync(run, $$"""{ "contactId": "{{contactId}}", "sku": "{{sku}}", "locale": "{{locale}}", "externalId": "{{Text(length)}}" }""");
        }),
        ["schema Subscription.id"] = async run =>
        {
            var (_, subscriptionId) = await run.NewSubscriptionAsync();
            await run.Target.SendAsync("DeleteSubscription", HttpMethod.Delete, $"/api/v3/inventory/backinstock/subscriptions/{subscriptionId}");
            return Guid.TryParse(subscriptionId, out _) ? "the id is a GUID" : $"the id is not a GUID: {subscriptionId}";
        },
        ["schema StockLevelUpdate.sku"] = run => AtTheLimitAsync(run, 200, length =>
            StockLevelAsync(run, $$"""[{ "sku": "{{Text(length)}}", "quantity": 0, "locale": "sv-SE" }]""")),
        ["schema StockLevelUpdate.externalId"] = run => AtTheLimitAsync(run, 64, length =>
            StockLevelAsync(run, $$"""[{ "sku": "FIDELITY-PROBE", "quantity": 0, "locale": "sv-SE", "externalId": "{{Text(length)}}" }]""")),
    };

    /// <summary>Why a point without a probe is not put to the tenant, by the start of its name; otherwise no probe is written yet.</summary>
    public static string WhyNotExercised(string point) => point switch
    {
        _ when point.Contains(" /emulator/", StringComparison.Ordinal) || point.StartsWith("/emulator/", StringComparison.Ordinal) => "an emulator-only route",
        _ when point.StartsWith("POST /api/shop-api/", StringComparison.Ordinal) || point.StartsWith("POST /api/checkout-api/", StringComparison.Ordinal) => "a Centra route, not the tenant's",
        _ when point.StartsWith("schema CentraSubscribeRequest", StringComparison.Ordinal) => "the accelerator runs on Voyado's host, not the tenant's",
        _ when point.StartsWith("schema CentraStockChangeInput", StringComparison.Ordinal) => "the simulated Centra is the emulator's",
        _ when point.StartsWith("schema Product", StringComparison.Ordinal) => "product feeds reach Engage from Google Merchant Center, not through its API",
        _ when point.StartsWith("schema Receipt", StringComparison.Ordinal) => "Engage queues receipts (processed every 15 minutes by default), so its immediate answer says little",
        _ => "no probe written for it yet",
    };

    private static async Task<string> AtTheLimitAsync(SuiteRun run, int limit, Func<int, Task<int>> statusAt)
    {
        var at = await statusAt(limit);
        var over = await statusAt(limit + 1);
        return $"{limit} characters: {Outcome(at)}, {limit + 1} characters: {Outcome(over)}";
    }

    /// <summary>
    /// Whether a request was taken, not its exact status: these points are about what is accepted, and how a
    /// refusal is answered (400 or 422, its body) is the error shape's point, not theirs.
    /// </summary>
    private static string Outcome(int status) => status switch
    {
        >= 200 and < 300 => "accepted",
        >= 400 and < 500 => "refused",
        _ => $"answered {status}",
    };

    private static async Task<int> SubscribeAsync(SuiteRun run, string body)
    {
        var created = await run.Target.SendAsync("CreateSubscription", HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", body);
        if (created.Status == 201 && System.Text.Json.Nodes.JsonNode.Parse(created.ResponseBody)?["id"]?.ToString() is { } id)
        {
            await run.Target.SendAsync("DeleteSubscription", HttpMethod.Delete, $"/api/v3/inventory/backinstock/subscriptions/{id}");
        }

        return created.Status;
    }

    private static async Task<int> StockLevelAsync(SuiteRun run, string body) =>
        (await run.Target.SendAsync("UpdateStockLevels", HttpMethod.Put, "/api/v3/inventory/stock-levels", body)).Status;

    /// <summary>A text of exactly that many characters that no product or market uses.</summary>
    private static string Text(int length) => ("FIDELITY-" + Guid.NewGuid().ToString("N")).PadRight(length, 'x')[..length];
}
