using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>
/// A loopback stand-in for "real Engage" that gets most things right and a few wrong, the way a real
/// tenant can differ from the contract: it answers an invalid body 400 rather than 422, a 401 comes
/// without a body, the id lookup answers an object instead of a bare id, and a stock update never uses
/// the subscriptions it matches. On the contract's inferred points it answers as the emulator does
/// (property names in any case, SKUs up to 200 characters, externalIds up to 64), unless told to deviate:
/// <see cref="StartAsync"/> with no subscription SKU limit.
/// </summary>
public sealed class FakeEngage : IAsyncDisposable
{
    public const string ApiKey = "fake-engage-key";

    private readonly ConcurrentDictionary<string, JsonObject> _contacts = new();
    private readonly ConcurrentDictionary<string, JsonObject> _subscriptions = new();

    private readonly int? _subscriptionSkuLimit;

    private WebApplication _app = null!;

    private FakeEngage(int? subscriptionSkuLimit) => _subscriptionSkuLimit = subscriptionSkuLimit;

    public Uri BaseUrl => _app.BaseUrl();

    public static async Task<FakeEngage> StartAsync(int? subscriptionSkuLimit = 200)
    {
        var fake = new FakeEngage(subscriptionSkuLimit);
        fake._app = await LoopbackServer.StartAsync(fake.Map);
        return fake;
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers["apikey"] != ApiKey)
            {
                context.Response.StatusCode = 401;
                return;
            }

            await next(context);
        });
        app.MapPost("/api/v3/contacts", async (HttpContext http) =>
        {
            if (await Body(http) is not JsonObject body || body["email"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                return Error(400, "InvalidModel", "email is required.");
            }

            var id = Guid.NewGuid().ToString();
            var now = DateTimeOffset.UtcNow.ToString("O");
            var contact = new JsonObject
            {
                ["id"] = id,
                ["attributes"] = new JsonObject { ["email"] = body["email"]!.ToString() },
                ["preferences"] = new JsonObject { ["acceptsEmail"] = false, ["acceptsSms"] = false, ["AcceptsEmails"] = false },
                ["meta"] = new JsonObject { ["contactType"] = "Member", ["createdOn"] = now, ["modifiedOn"] = now, ["approved"] = true },
                ["consents"] = new JsonArray(),
            };
            _contacts[id] = contact;
            return Results.Json(contact, statusCode: 201);
        });
        app.MapGet("/api/v3/contacts/id", (string email) =>
            _contacts.Values.FirstOrDefault(c => c["attributes"]!["email"]!.ToString() == email) is { } found
                ? Results.Json(new JsonObject { ["id"] = found["id"]!.ToString() })
                : Error(404, "ContactNotFound", "No contact."));
        app.MapGet("/api/v3/contacts/{id}", (string id) =>
            _contacts.TryGetValue(id, out var contact) ? Results.Json(contact) : Error(404, "ContactNotFound", "No contact."));
        app.MapPost("/api/v3/inventory/backinstock/subscriptions", async (HttpContext http) =>
        {
            if (await Body(http) is not JsonObject body || body["sku"]?.GetValueKind() != System.Text.Json.JsonValueKind.String
                || body["locale"]?.GetValueKind() != System.Text.Json.JsonValueKind.String || !Guid.TryParse(body["contactId"]?.ToString(), out _))
            {
                return Error(400, "InvalidModel", "The subscription is invalid.");
            }

            if (body["sku"]!.ToString().Length > _subscriptionSkuLimit || body["externalId"]?.ToString().Length > 64)
            {
                return Error(400, "InvalidModel", "sku or externalId is too long.");
            }

            if (!_contacts.ContainsKey(body["contactId"]!.ToString()))
            {
                return Error(404, "ContactNotFound", "No contact.");
            }

            var subscription = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["contactId"] = body["contactId"]!.ToString(),
                ["sku"] = body["sku"]!.ToString(),
                ["locale"] = body["locale"]!.ToString(),
                ["createdOn"] = DateTimeOffset.UtcNow.ToString("O"),
            };
            _subscriptions[subscription["id"]!.ToString()] = subscription;
            return Results.Json(subscription, statusCode: 201);
        });
        app.MapGet("/api/v3/contacts/{id}/backinstock/subscriptions", (string id) =>
            Results.Json(new JsonObject { ["data"] = new JsonArray(_subscriptions.Values.Where(s => s["contactId"]!.ToString() == id).Select(s => (JsonNode)s.DeepClone()).ToArray()) }));
        app.MapDelete("/api/v3/inventory/backinstock/subscriptions/{id}", (string id) =>
            _subscriptions.TryRemove(id, out _) ? Results.NoContent() : Error(404, "SubscriptionNotFound", "No subscription."));
        app.MapPut("/api/v3/inventory/stock-levels", async (HttpContext http) =>
            await Body(http) is not JsonArray items ? Error(400, "InvalidModel", "An array is expected.")
            : items.Any(i => i?["sku"]?.ToString().Length > 200 || i?["externalId"]?.ToString().Length > 64) ? Error(400, "InvalidModel", "sku or externalId is too long.")
            : Results.Accepted());
        app.MapPost("/api/v3/receipts", async (HttpContext http) =>
            await Body(http) is JsonObject ? Results.Accepted() : Error(400, "InvalidModel", "A receipt is expected."));
    }

    private static async Task<JsonNode?> Body(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body, new JsonNodeOptions { PropertyNameCaseInsensitive = true });
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["errorCode"] = code, ["message"] = message, ["requestId"] = Guid.NewGuid().ToString() }, statusCode: status);

    public ValueTask DisposeAsync() => _app.StopAndDisposeAsync();
}
