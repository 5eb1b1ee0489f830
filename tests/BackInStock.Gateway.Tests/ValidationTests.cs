using System.Net;
using System.Text;
using System.Text.Json;
using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;

namespace BackInStock.Gateway.Tests;

public sealed class ValidationTests : IDisposable
{
    private static readonly Uri Subscriptions = new("/api/v3/inventory/backinstock/subscriptions", UriKind.Relative);

    private readonly GatewayApplication _app = new();

    private async Task<(HttpResponseMessage Response, JsonElement Problem)> Post(string body, string contentType = "application/json")
    {
        var response = await _app.CreateAuthorizedClient().PostAsync(Subscriptions, new StringContent(body, Encoding.UTF8, contentType));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response, problem);
    }

    private static Dictionary<string, string[]> Errors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());

    private static List<string> ValidationErrorPaths(JsonElement error) =>
        error.GetProperty("validationErrors").EnumerateArray().Select(item => item.GetProperty("path").GetString()!).ToList();

    [Fact]
    public async Task Every_invalid_field_is_listed_by_its_json_path()
    {
        var (response, problem) = await Post("""{ "contactId": "not-a-guid", "sku": "", "locale": 5, "externalId": null }""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        problem.GetProperty("errorCode").GetString().Should().Be("ValidationError");
        problem.GetProperty("requestId").GetString().Should().NotBeNullOrEmpty();
        Errors(problem).Keys.Should().BeEquivalentTo("$.contactId", "$.sku", "$.locale");
        ValidationErrorPaths(problem).Should().BeEquivalentTo("$.contactId", "$.sku", "$.locale");
    }

    [Fact]
    public async Task Missing_required_fields_and_a_broken_pattern_are_reported_together()
    {
        var (response, problem) = await Post("""{ "locale": "not a locale!" }""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var errors = Errors(problem);
        errors.Keys.Should().BeEquivalentTo("$.contactId", "$.sku", "$.locale");
        errors["$.contactId"].Should().ContainSingle().Which.Should().Be("is required.");
        errors["$.locale"].Single().Should().StartWith("must match the pattern");
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_is_a_422_at_the_root()
    {
        var (response, problem) = await Post("[1, 2]");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        Errors(problem).Keys.Should().Equal("$");
        problem.GetProperty("validationErrors")[0].GetProperty("key").GetString().Should().BeEmpty("the whole body is at fault");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_in_production()
    {
        _app.Environment.Should().Be("Production");

        var (response, problem) = await Post("""{ "contactId": """);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem.GetProperty("errorCode").GetString().Should().Be("MalformedJson");
        problem.GetProperty("message").GetString().Should().Contain("line 1");
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400_malformed_json()
    {
        var content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await _app.CreateAuthorizedClient().PostAsync(Subscriptions, content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errorCode").GetString().Should().Be("MalformedJson");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        var (response, problem) = await Post("sku=1", "application/x-www-form-urlencoded");

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("errorCode").GetString().Should().Be("UnsupportedMediaType");
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        var (response, problem) = await Post($$"""{ "sku": "{{new string('x', 70_000)}}" }""");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("errorCode").GetString().Should().Be("PayloadTooLarge");
    }

    [Fact]
    public async Task Path_and_query_parameters_are_named_by_their_own_names()
    {
        var http = _app.CreateAuthorizedClient();

        var badId = await http.DeleteAsync(new Uri("/api/v3/inventory/backinstock/subscriptions/42", UriKind.Relative));
        var badEmail = await http.GetAsync(new Uri("/api/v3/contacts/id?email=" + new string('a', 255), UriKind.Relative));
        var noType = await http.PostAsync(new Uri($"/api/v3/contacts/{Guid.NewGuid()}/updateContactType", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        var badIdError = JsonDocument.Parse(await badId.Content.ReadAsStringAsync()).RootElement;
        var badEmailError = JsonDocument.Parse(await badEmail.Content.ReadAsStringAsync()).RootElement;
        var noTypeError = JsonDocument.Parse(await noType.Content.ReadAsStringAsync()).RootElement;
        Errors(badIdError).Keys.Should().Equal("subscriptionId");
        Errors(badEmailError)["email"].Single().Should().Contain("254");
        Errors(noTypeError)["contactTypeId"].Single().Should().Be("is required.");
        new[] { badId.StatusCode, badEmail.StatusCode, noType.StatusCode }.Should().AllBeEquivalentTo(HttpStatusCode.BadRequest, "Engage answers a bad parameter 400, a bad body 422");
        badIdError.GetProperty("errorCode").GetString().Should().Be("ValidationError");
        noTypeError.GetProperty("errorCode").GetString().Should().Be("ValidationError");
        ValidationErrorPaths(badIdError).Should().Equal("subscriptionId");
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_in_the_shape_of_the_area_they_are_in()
    {
        var http = _app.CreateAuthorizedClient();

        var missing = await http.GetAsync(new Uri("/api/v3/nothing-here", UriKind.Relative));
        var missingElsewhere = await http.GetAsync(new Uri("/nothing-here/at-all", UriKind.Relative));
        var wrongMethod = await http.PutAsync(Subscriptions, new StringContent("{}", Encoding.UTF8, "application/json"));

        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.Should().Be("application/json", "/api/v3 is Engage's");
        JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("errorCode").GetString().Should().Be("NotFound");
        missingElsewhere.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missingElsewhere.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        wrongMethod.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        wrongMethod.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonDocument.Parse(await wrongMethod.Content.ReadAsStringAsync()).RootElement.GetProperty("errorCode").GetString().Should().Be("MethodNotAllowed");
    }

    [Fact]
    public void Generated_validators_name_array_items_by_index()
    {
        var json = JsonDocument.Parse("""
            { "data": [
                { "id": "cba5aba5-cf3c-40f5-a4db-b0d100bb2c7a", "contactId": "48fba7e7-e447-4d90-a9ca-a86e00b1d8f4", "sku": "A", "locale": "en-US", "createdOn": "2023-12-07T12:21:28+01:00" },
                { "id": "nope", "contactId": "48fba7e7-e447-4d90-a9ca-a86e00b1d8f4", "locale": "en-US", "createdOn": "yesterday" }
            ] }
            """).RootElement;
        var errors = new ContractErrors();

        SubscriptionList.ValidateJson(json, "$", errors);

        errors.Fields.Keys.Should().BeEquivalentTo("$.data[1].id", "$.data[1].sku", "$.data[1].createdOn");
    }

    public void Dispose() => _app.Dispose();
}
