using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackInStock.Client;
using BackInStock.Emulator.Errors;
using BackInStock.Gateway.Errors;
using Microsoft.AspNetCore.Http;

namespace BackInStock.Gateway.Tests;

/// <summary>
/// Engage's routes answer errors as Engage does: application/json {errorCode, message, requestId}, an
/// invalid body a 422 with one validationErrors item per field, and the emulator's JSON path of each.
/// </summary>
public sealed class EngageErrorTests : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly GatewayApplication _app = new(inMemory: true);

    public void Dispose() => _app.Dispose();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<EngageError> Refused(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json", "Engage answers JSON, not problem+json");
        using var document = JsonDocument.Parse(body);
        document.RootElement.TryGetProperty("type", out _).Should().BeFalse("the problem members are not part of Engage's answer");
        document.RootElement.TryGetProperty("title", out _).Should().BeFalse();
        var error = JsonSerializer.Deserialize<EngageError>(body, Web)!;
        error.Message.Should().NotBeNullOrWhiteSpace();
        error.RequestId.Should().NotBeNullOrWhiteSpace();
        return error;
    }

    // A 422 names each invalid field twice, the same way: in validationErrors (Engage's) and in errors (the emulator's).
    private static async Task<Dictionary<string, EngageValidationError>> Invalid(HttpResponseMessage response)
    {
        var error = await Refused(response, HttpStatusCode.UnprocessableEntity);
        error.ErrorCode.Should().Be("ValidationError");
        error.ValidationErrors.Should().NotBeNullOrEmpty();
        error.ValidationErrors!.Select(i => i.Path).Should().BeEquivalentTo(error.Errors!.Keys);
        error.ValidationErrors.Should().OnlyContain(i => i.ErrorDescription.Length > 0 && i.Key == i.Path.TrimStart('$').TrimStart('.'));
        return error.ValidationErrors!.ToDictionary(i => i.Path);
    }

    [Fact]
    public async Task An_invalid_subscription_is_a_422_naming_each_field_by_its_json_path()
    {
        var response = await _app.CreateAuthorizedClient().PostAsync(
            new Uri("/api/v3/inventory/backinstock/subscriptions", UriKind.Relative), Json("""{ "contactId": "not-a-guid", "locale": 5 }"""));

        var items = await Invalid(response);

        items.Keys.Should().BeEquivalentTo("$.contactId", "$.sku", "$.locale");
        items["$.contactId"].Key.Should().Be("contactId");
        items["$.sku"].ErrorDescription.Should().Be("is required.");
    }

    [Fact]
    public async Task An_invalid_stock_level_item_is_a_422_naming_it_by_its_index()
    {
        var response = await _app.CreateAuthorizedClient().PutAsync(
            new Uri("/api/v3/inventory/stock-levels", UriKind.Relative), Json("""[{ "sku": "A", "quantity": 1 }, { "sku": "B", "quantity": "many" }]"""));

        var items = await Invalid(response);

        items.Keys.Should().Equal("$[1].quantity");
        items["$[1].quantity"].Key.Should().Be("[1].quantity");
    }

    [Fact]
    public async Task A_contact_with_an_address_that_is_none_is_a_422_whose_item_says_invalid_email_address()
    {
        var response = await _app.CreateAuthorizedClient().PostAsync(new Uri("/api/v3/contacts", UriKind.Relative), Json("""{ "email": "not-an-email", "firstName": 7 }"""));

        var items = await Invalid(response);

        items.Keys.Should().Contain(["$.email", "$.firstName"]);
        items["$.email"].ErrorCode.Should().Be("InvalidEmailAddress");
        items["$.firstName"].ErrorCode.Should().Be("ValidationError");
    }

    [Fact]
    public async Task An_invalid_receipt_is_a_422_naming_nested_fields()
    {
        var response = await _app.CreateAuthorizedClient().PostAsync(new Uri("/api/v3/receipts", UriKind.Relative), Json("""
            { "contact": { "matchKey": "john.doe@voyado.com", "matchKeyType": "email" }, "uniqueReceiptId": "R-1",
              "createdDate": "yesterday", "items": [{ "type": "PURCHASE", "sku": "A", "quantity": "one" }] }
            """));

        var items = await Invalid(response);

        items.Keys.Should().Contain(["$.createdDate", "$.items[0].quantity"]);
        items["$.items[0].quantity"].Key.Should().Be("items[0].quantity");
    }

    [Fact]
    public async Task An_empty_body_is_a_400_no_data_and_a_broken_one_a_400_malformed_json()
    {
        var http = _app.CreateAuthorizedClient();
        var uri = new Uri("/api/v3/contacts", UriKind.Relative);

        var empty = await Refused(await http.PostAsync(uri, Json(string.Empty)), HttpStatusCode.BadRequest);
        var broken = await Refused(await http.PostAsync(uri, Json("""{ "email": """)), HttpStatusCode.BadRequest);

        empty.ErrorCode.Should().Be("NoData", "Engage's code for a create without a body");
        broken.ErrorCode.Should().Be("MalformedJson");
        broken.ValidationErrors.Should().ContainSingle().Which.Path.Should().Be("$");
    }

    [Fact]
    public async Task A_bad_email_parameter_is_a_400_invalid_email_address()
    {
        var response = await _app.CreateAuthorizedClient().GetAsync(new Uri("/api/v3/contacts/id?email=not-an-email", UriKind.Relative));

        var error = await Refused(response, HttpStatusCode.BadRequest);

        error.ErrorCode.Should().Be("InvalidEmailAddress", "Voyado's find-contact page lists it under 400");
        error.ValidationErrors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Key = "email", Path = "email", ErrorCode = "InvalidEmailAddress" });
    }

    [Fact]
    public async Task An_unknown_contact_is_a_404_contact_not_found_without_validation_errors()
    {
        var response = await _app.CreateAuthorizedClient().GetAsync(new Uri($"/api/v3/contacts/{Guid.NewGuid()}", UriKind.Relative));

        var error = await Refused(response, HttpStatusCode.NotFound);

        error.ErrorCode.Should().Be("ContactNotFound");
        error.ValidationErrors.Should().BeNull();
        error.Errors.Should().BeNull();
    }

    [Fact]
    public async Task A_missing_key_is_a_401_in_engage_s_shape()
    {
        var response = await _app.CreateClient().PutAsync(new Uri("/api/v3/inventory/stock-levels", UriKind.Relative), Json("""[{ "sku": "A", "quantity": 1 }]"""));

        (await Refused(response, HttpStatusCode.Unauthorized)).ErrorCode.Should().Be("Unauthorized");
    }

    [Fact]
    public async Task A_second_contact_with_the_same_address_is_a_409()
    {
        var http = _app.CreateAuthorizedClient();
        (await http.PostAsync(new Uri("/api/v3/contacts", UriKind.Relative), Json("""{ "email": "twice@example.com" }"""))).StatusCode.Should().Be(HttpStatusCode.Created);

        var response = await http.PostAsync(new Uri("/api/v3/contacts", UriKind.Relative), Json("""{ "email": "Twice@example.com" }"""));

        (await Refused(response, HttpStatusCode.Conflict)).ErrorCode.Should().Be("ApprovedContactWithKeyExists");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_in_engage_s_shape()
    {
        var response = await _app.CreateAuthorizedClient().PostAsync(
            new Uri("/api/v3/receipts", UriKind.Relative), new StringContent("uniqueReceiptId=R-1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        var error = await Refused(response, HttpStatusCode.UnsupportedMediaType);

        error.ErrorCode.Should().Be("UnsupportedMediaType");
        error.ValidationErrors.Should().BeNull("the request as a whole is refused, not a field");
    }

    [Fact]
    public async Task The_accelerator_answers_an_invalid_body_as_engage_does()
    {
        var response = await _app.CreateClient().PostAsync(new Uri("/api/v1/centra/back-in-stock/subscribe", UriKind.Relative), Json("""
            { "email": "shopper@example.com", "sku": "", "acceptemail": "yes", "store": "voyado.centraqa", "locale": "en-US", "externalId": "4" }
            """));

        (await Invalid(response)).Keys.Should().BeEquivalentTo("$.sku", "$.acceptemail");
    }

    [Fact]
    public async Task The_emulator_s_own_routes_still_answer_problems()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/emulator/stock-levels/dry-run", new[] { new { quantity = "many" } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Several_matching_contacts_are_a_409_multiple_matches_listing_each_id()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var http = new DefaultHttpContext { RequestServices = _app.Services };
        http.Request.Path = "/api/v3/contacts/id";
        http.Response.Body = new MemoryStream();

        await EngageErrorDialect.Rewrite(Problems.Of(http, ErrorCatalogue.MultipleMatchesFound(ids, "2 contacts match the lookup."))).ExecuteAsync(http);

        http.Response.StatusCode.Should().Be(StatusCodes.Status409Conflict);
        http.Response.Body.Position = 0;
        var error = (await JsonSerializer.DeserializeAsync<EngageError>(http.Response.Body, Web))!;
        error.ErrorCode.Should().Be("MultipleMatches");
        error.MessageDetails!.MultipleMatchesFound.Should().Equal(ids);
    }
}
