using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>What one case found: every deviation from the contract, and a curl command per request involved.</summary>
public sealed record CaseResult(string Case, IReadOnlyList<string> Deviations, IReadOnlyList<Exchange> Exchanges)
{
    public bool Passed => Deviations.Count == 0;

    public string Report() => Passed
        ? $"{Case}: passed"
        : $"{Case}: {Deviations.Count} deviation(s)\n  - {string.Join("\n  - ", Deviations)}\n  reproduce:\n    {string.Join("\n    ", Exchanges.Select(e => e.Curl()))}";
}

/// <summary>
/// The portable contract suite: every Engage operation of the contract with its example, negative cases
/// derived from its request schema, each answer checked against the contract's statuses, media types and
/// schemas, and the back-in-stock rule that a used subscription is gone. Runs against any <see cref="SuiteTarget"/>.
/// </summary>
public static class ContractSuite
{
    /// <summary>The operations a real Engage tenant serves (the accelerator lives on Voyado's own host).</summary>
    public static readonly string[] EngageOperations =
        ["CreateContact", "GetContactIdByEmail", "GetContact", "CreateSubscription", "ListContactSubscriptions", "DeleteSubscription", "UpdateStockLevels", "CreateReceipt"];

    private static readonly Dictionary<string, Func<SuiteRun, Task>> Cases = Build();

    public static IEnumerable<string> CaseNames => Cases.Keys;

    /// <summary>Whether a case's requests all meet the contract (the negative cases break it on purpose).</summary>
    public static bool SendsValidRequests(string name) =>
        !name.EndsWith("is a 400", StringComparison.Ordinal) && !name.EndsWith("is a 401", StringComparison.Ordinal) && !name.EndsWith("is a 422", StringComparison.Ordinal);

    public static async Task<CaseResult> RunAsync(SuiteTarget target, string name)
    {
        var run = new SuiteRun(target, ContractDocument.Instance);
        try
        {
            await Cases[name](run);
        }
        catch (SuiteSetupException failure)
        {
            run.Deviations.Add(failure.Message);
        }

        return new CaseResult(name, run.Deviations, run.Exchanges);
    }

    private static Dictionary<string, Func<SuiteRun, Task>> Build()
    {
        var cases = new Dictionary<string, Func<SuiteRun, Task>>(StringComparer.Ordinal)
        {
            ["CreateContact: the contract's example"] = async run => await run.NewContactAsync(),
            ["GetContactIdByEmail: finds the contact"] = async run =>
            {
                var (id, email) = await run.NewContactAsync();
                var found = await run.ExpectAsync(200, "GetContactIdByEmail", HttpMethod.Get, $"/api/v3/contacts/id?email={Uri.EscapeDataString(email)}");
                run.Require(found?.GetValueKind() == System.Text.Json.JsonValueKind.String && found.GetValue<string>() == id, $"GetContactIdByEmail answered {found?.ToJsonString()}, not the contact's id {id}.");
            },
            ["GetContact: reads the contact"] = async run =>
            {
                var (id, _) = await run.NewContactAsync();
                var contact = await run.ExpectAsync(200, "GetContact", HttpMethod.Get, $"/api/v3/contacts/{id}");
                run.Require(contact?["id"]?.ToString() == id, $"GetContact answered id {contact?["id"]}, not {id}.");
            },
            ["GetContact: an unknown id is a 404"] = run =>
                run.ExpectAsync(404, "GetContact", HttpMethod.Get, $"/api/v3/contacts/{Guid.NewGuid()}"),
            ["CreateSubscription: the contract's example, for an existing contact"] = async run => await run.NewSubscriptionAsync(),
            ["CreateSubscription: an unknown contact is a 404"] = run =>
                run.ExpectAsync(404, "CreateSubscription", HttpMethod.Post, "/api/v3/inventory/backinstock/subscriptions", run.Example("CreateSubscription", b => b["contactId"] = Guid.NewGuid().ToString())),
            ["ListContactSubscriptions: lists the new subscription"] = async run =>
            {
                var (contactId, subscriptionId) = await run.NewSubscriptionAsync();
                run.Require(await run.SubscriptionIdsAsync(contactId) is var ids && ids.Contains(subscriptionId), $"The new subscription {subscriptionId} is not listed.");
            },
            ["DeleteSubscription: deletes, then a second delete is a 404"] = async run =>
            {
                var (contactId, subscriptionId) = await run.NewSubscriptionAsync();
                await run.ExpectAsync(204, "DeleteSubscription", HttpMethod.Delete, $"/api/v3/inventory/backinstock/subscriptions/{subscriptionId}");
                run.Require(!(await run.SubscriptionIdsAsync(contactId)).Contains(subscriptionId), $"Deleted subscription {subscriptionId} is still listed.");
                await run.ExpectAsync(404, "DeleteSubscription", HttpMethod.Delete, $"/api/v3/inventory/backinstock/subscriptions/{subscriptionId}");
            },
            ["UpdateStockLevels: a used subscription is gone afterwards"] = async run =>
            {
                var (contactId, subscriptionId) = await run.NewSubscriptionAsync();
                var (sku, locale) = await run.Target.ProductAsync();
                await run.ExpectAsync(202, "UpdateStockLevels", HttpMethod.Put, "/api/v3/inventory/stock-levels", $$"""[{ "sku": "{{sku}}", "quantity": 5, "locale": "{{locale}}" }]""");

                // Engage processes stock levels asynchronously: give it a few seconds before calling it kept.
                var deadline = DateTimeOffset.UtcNow + run.Target.SettleTime;
                var gone = false;
                while (true)
                {
                    gone = !(await run.SubscriptionIdsAsync(contactId)).Contains(subscriptionId);
                    if (gone || DateTimeOffset.UtcNow >= deadline)
                    {
                        break;
                    }

                    await Task.Delay(250);
                }

                run.Require(gone, $"Subscription {subscriptionId} is still listed after a stock level of 5 for {sku} in {locale}: a used subscription must be deleted.");
            },
            ["CreateReceipt: the contract's example, for an existing contact"] = async run =>
            {
                var (_, email) = await run.NewContactAsync();
                await run.ExpectAsync(202, "CreateReceipt", HttpMethod.Post, "/api/v3/receipts", run.Example("CreateReceipt", b =>
                {
                    b["contact"]!["matchKey"] = email;
                    b["uniqueReceiptId"] = "suite-" + Guid.NewGuid().ToString("N");
                }));
            },
        };

        foreach (var operation in EngageOperations.Select(id => ContractDocument.Instance[id]))
        {
            if (operation.NeedsKey)
            {
                cases[$"{operation.Id}: no API key is a 401"] = run =>
                    run.ExpectAsync(401, operation.Id, new HttpMethod(operation.Method), SamplePath(operation.Path), operation.BodyExample?.ToJsonString(), withKey: false);
            }

            if (operation.BodySchema is null)
            {
                continue;
            }

            cases[$"{operation.Id}: a body that is not JSON is a 400"] = run =>
                run.ExpectAsync(400, operation.Id, new HttpMethod(operation.Method), SamplePath(operation.Path), "{ \"broken\": ");
            // Engage answers a body it can read but not accept with 422 ValidationError.
            foreach (var (name, mutate) in Mutations(operation))
            {
                cases[$"{operation.Id}: {name} is a 422"] = run =>
                    run.ExpectAsync(422, operation.Id, new HttpMethod(operation.Method), SamplePath(operation.Path), run.Example(operation.Id, mutate));
            }
        }

        return cases;
    }

    /// <summary>For each property of the body (of its first item, for an array): leave a required one out, or send the wrong type.</summary>
    private static IEnumerable<(string Name, Action<JsonObject> Mutate)> Mutations(OperationSpec operation)
    {
        var contract = ContractDocument.Instance;
        var schema = contract.Resolve(operation.BodySchema!);
        var isArray = schema["type"]?.ToString() == "array";
        var objectSchema = isArray ? contract.Resolve(schema["items"]!) : schema;
        var prefix = isArray ? "$[0]." : "$.";
        Action<JsonObject> At(Action<JsonObject> change) => body => change(body);

        foreach (var required in objectSchema["required"]?.AsArray().Select(r => r!.ToString()) ?? [])
        {
            yield return ($"a missing {prefix}{required}", At(b => b.Remove(required)));
        }

        foreach (var (name, property) in objectSchema["properties"]?.AsObject() ?? [])
        {
            var type = contract.Resolve(property!)["type"]?.ToString();
            JsonNode wrong = type == "string" ? JsonValue.Create(12345) : JsonValue.Create("not-a-" + (type ?? "value"));
            if (type is not null)
            {
                yield return ($"{prefix}{name} as {SchemaCheck.Kind(wrong)} instead of {type}", At(b => b[name] = wrong.DeepClone()));
            }
        }
    }

    /// <summary>A concrete path for a template (negative cases never reach the resource).</summary>
    private static string SamplePath(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "\\{[^}]+\\}", "00000000-0000-0000-0000-000000000001");
}
