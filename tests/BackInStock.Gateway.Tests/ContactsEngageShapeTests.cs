using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

/// <summary>The contact resource and the contact routes as Engage clients call them, over HTTP with raw JSON.</summary>
public sealed class ContactsEngageShapeTests : IDisposable
{
    private readonly GatewayApplication _app = new();
    private readonly HttpClient _http;

    public ContactsEngageShapeTests() => _http = _app.CreateAuthorizedClient();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(HttpStatusCode Status, JsonNode? Body)> Send(HttpMethod method, string uri, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(uri, UriKind.Relative)) { Content = json is null ? null : Json(json) };
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private async Task<JsonNode> Created(string json, string query = "")
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/v3/contacts" + query, json);
        status.Should().Be(HttpStatusCode.Created, body?.ToJsonString());
        return body!;
    }

    [Fact]
    public async Task A_contact_reads_in_engages_shape_with_its_type_in_meta_and_its_language_in_the_attributes()
    {
        var created = await Created("""{ "email": "ada@example.com", "firstName": "Ada", "language": "sv", "countryCode": "SE", "acceptsEmail": true, "mobilePhone": "+46 73 565 43 21" }""");

        var (status, read) = await Send(HttpMethod.Get, $"/api/v3/contacts/{created["id"]}");

        status.Should().Be(HttpStatusCode.OK);
        read!["attributes"]!["language"]!.GetValue<string>().Should().Be("sv");
        read["attributes"]!["mobilePhone"]!.GetValue<string>().Should().Be("+46735654321");
        read["meta"]!["contactType"]!.GetValue<string>().Should().Be("Member");
        read["meta"]!["approved"]!.GetValue<bool>().Should().BeTrue();
        read["meta"]!["createdOn"]!.GetValue<DateTimeOffset>().Should().Be(read["meta"]!["modifiedOn"]!.GetValue<DateTimeOffset>());
        read["preferences"]!["acceptsEmail"]!.GetValue<bool>().Should().BeTrue();
        read["preferences"]!["AcceptsEmails"]!.GetValue<bool>().Should().BeTrue("a v3 storefront client reads this spelling");
        read["preferences"]!["acceptsSms"]!.GetValue<bool>().Should().BeFalse();
        read["consents"]!.AsArray().Should().BeEmpty();
        read.AsObject().Should().NotContainKey("contactType", "Engage keeps the type in meta");
        read["attributes"]!.AsObject().Should().NotContainKey("lang").And.NotContainKey("lastName");
    }

    [Fact]
    public async Task Create_reads_source_store_and_approval_from_the_query_string_and_keeps_consents()
    {
        var created = await Created(
            """{ "email": "q@example.com", "lang": "en", "consents": [ { "id": "memberConsent", "value": true, "comment": "form" } ] }""",
            "?source=e-com&storeExternalId=600&createAsUnapproved=true");

        created["meta"]!["sourceType"]!.GetValue<string>().Should().Be("e-com");
        created["meta"]!["storeExternalId"]!.GetValue<string>().Should().Be("600");
        created["meta"]!["approved"]!.GetValue<bool>().Should().BeFalse();
        created["attributes"]!["language"]!.GetValue<string>().Should().Be("en", "lang is kept as the accelerator sends it");
        var consent = created["consents"]!.AsArray().Single()!;
        consent["id"]!.GetValue<string>().Should().Be("memberConsent");
        consent["value"]!.GetValue<bool>().Should().BeTrue();
        consent["source"]!.GetValue<string>().Should().Be("e-com");
        consent["comment"]!.GetValue<string>().Should().Be("form");
        var read = await _app.Contacts().GetContactAsync(created["id"]!.GetValue<Guid>());
        read.Consents.Should().ContainSingle(c => c.Id == "memberConsent" && c.Value);
    }

    [Fact]
    public async Task The_preferences_object_of_a_create_body_wins_over_the_flat_members()
    {
        var created = await Created("""{ "email": "p@example.com", "acceptsEmail": false, "acceptsSms": false, "preferences": { "acceptsEmail": true, "acceptsSms": true } }""");

        created["preferences"]!["acceptsEmail"]!.GetValue<bool>().Should().BeTrue();
        created["preferences"]!["acceptsSms"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Count_and_id_are_routes_of_their_own_not_contact_ids()
    {
        await Created("""{ "email": "one@example.com" }""");
        await Created("""{ "email": "two@example.com" }""");
        await Created("""{ "email": "later@example.com" }""", "?createAsUnapproved=true");

        var (countStatus, count) = await Send(HttpMethod.Get, "/api/v3/contacts/count");
        var (idStatus, id) = await Send(HttpMethod.Get, "/api/v3/contacts/id?email=one%40example.com");

        countStatus.Should().Be(HttpStatusCode.OK);
        count!.GetValue<int>().Should().Be(2, "unapproved contacts are not counted");
        idStatus.Should().Be(HttpStatusCode.OK);
        id!.GetValue<string>().Should().MatchRegex("^[0-9a-f-]{36}$");
    }

    [Fact]
    public async Task A_contact_is_found_by_mobile_phone_as_a_support_desk_looks_it_up()
    {
        var created = await Created("""{ "email": "desk@example.com", "mobilePhone": "+46735654321" }""");

        var raw = await _http.GetStringAsync(new Uri("/api/v3/contacts/id?mobilePhone=%2B46735654321", UriKind.Relative));

        raw.Should().Be($"\"{created["id"]}\"");
        (await _app.Contacts().GetContactIdByEmailAsync(email: null, socialSecurityNumber: null, mobilePhone: "0046735654321", customKey: null, any: null, contactType: "Member"))
            .Should().Be(created["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Several_contacts_with_one_phone_are_a_409_MultipleMatches_listing_their_ids()
    {
        var first = await Created("""{ "email": "a@example.com", "mobilePhone": "+46735654321" }""");
        var second = await Created("""{ "email": "b@example.com", "mobilePhone": "+46735654321" }""");

        var (status, body) = await Send(HttpMethod.Get, "/api/v3/contacts/id?any=%2B46735654321");

        status.Should().Be(HttpStatusCode.Conflict);
        body!["errorCode"]!.GetValue<string>().Should().Be("MultipleMatches");
        body["messageDetails"]!["multipleMatchesFound"]!.AsArray().Select(n => n!.GetValue<Guid>())
            .Should().Equal(first["id"]!.GetValue<Guid>(), second["id"]!.GetValue<Guid>());
    }

    [Theory]
    [InlineData("email=not-an-address", "InvalidEmailAddress")]
    [InlineData("mobilePhone=call-me", "InvalidPhoneNumber")]
    [InlineData("socialSecurityNumber=811218-9875", "InvalidSocialSecurityNumber")]
    [InlineData("email=a%40example.com&contactType=VIP", "InvalidContactType")]
    [InlineData("contactType=Member", "InvalidSearchQuery")]
    public async Task A_lookup_value_not_valid_for_its_key_is_a_400_with_engages_code(string query, string code)
    {
        var (status, body) = await Send(HttpMethod.Get, "/api/v3/contacts/id?" + query);

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["errorCode"]!.GetValue<string>().Should().Be(code);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task An_update_changes_only_what_is_sent_and_an_empty_string_clears(string method)
    {
        var created = await Created("""{ "email": "u@example.com", "firstName": "Ulla", "lastName": "Berg", "countryCode": "SE" }""");

        var (status, updated) = await Send(new HttpMethod(method), $"/api/v3/contacts/{created["id"]}",
            """{ "lastName": "Dahl", "countryCode": "", "mobilePhone": "+46700000001", "contactType": "Contact" }""");

        status.Should().Be(HttpStatusCode.OK, updated?.ToJsonString());
        updated!["attributes"]!["firstName"]!.GetValue<string>().Should().Be("Ulla");
        updated["attributes"]!["lastName"]!.GetValue<string>().Should().Be("Dahl");
        updated["attributes"]!["mobilePhone"]!.GetValue<string>().Should().Be("+46700000001");
        updated["attributes"]!.AsObject().Should().NotContainKey("countryCode");
        updated["meta"]!["contactType"]!.GetValue<string>().Should().Be("Member", "the update route does not change a contact's type");
    }

    [Fact]
    public async Task An_update_keeps_an_attribute_sent_as_null_and_answers_404_for_an_unknown_contact()
    {
        var created = await Created("""{ "email": "n@example.com", "lastName": "Kept" }""");

        var (status, body) = await Send(HttpMethod.Post, $"/api/v3/contacts/{created["id"]}", """{ "lastName": null, "firstName": "Nils" }""");
        var (unknown, missing) = await Send(HttpMethod.Post, $"/api/v3/contacts/{Guid.NewGuid()}", """{ "lastName": "X" }""");

        status.Should().Be(HttpStatusCode.OK);
        body!["attributes"]!["lastName"]!.GetValue<string>().Should().Be("Kept");
        body["attributes"]!["firstName"]!.GetValue<string>().Should().Be("Nils");
        unknown.Should().Be(HttpStatusCode.NotFound);
        missing!["errorCode"]!.GetValue<string>().Should().Be("ContactNotFound");
    }

    [Fact]
    public async Task The_preference_routes_set_consent_and_approve_the_contact()
    {
        var created = await Created("""{ "email": "pref@example.com" }""", "?createAsUnapproved=true");

        var (emailStatus, afterEmail) = await Send(HttpMethod.Post, $"/api/v3/contacts/{created["id"]}/preferences/acceptsEmail", """{ "value": true }""");
        var (smsStatus, afterSms) = await Send(HttpMethod.Post, $"/api/v3/contacts/{created["id"]}/preferences/acceptsSms", """{ "value": true }""");

        emailStatus.Should().Be(HttpStatusCode.OK);
        afterEmail!["preferences"]!["acceptsEmail"]!.GetValue<bool>().Should().BeTrue();
        afterEmail["meta"]!["approved"]!.GetValue<bool>().Should().BeTrue();
        smsStatus.Should().Be(HttpStatusCode.OK);
        afterSms!["preferences"]!["acceptsSms"]!.GetValue<bool>().Should().BeTrue();
        (await _app.Contacts().CountContactsAsync()).Should().Be(1);
    }

    [Fact]
    public async Task A_contact_is_promoted_to_member_by_updateContactType_and_an_unknown_type_is_refused()
    {
        var created = await Created("""{ "email": "lead@example.com", "contactType": "contact" }""");
        created["meta"]!["contactType"]!.GetValue<string>().Should().Be("Contact");

        var (status, promoted) = await Send(HttpMethod.Post, $"/api/v3/contacts/{created["id"]}/updateContactType?contactTypeId=Member", "{}");
        var (refused, body) = await Send(HttpMethod.Post, $"/api/v3/contacts/{created["id"]}/updateContactType?contactTypeId=VIP", "{}");

        status.Should().Be(HttpStatusCode.OK);
        promoted!["meta"]!["contactType"]!.GetValue<string>().Should().Be("Member");
        refused.Should().Be(HttpStatusCode.BadRequest);
        body!["errorCode"]!.GetValue<string>().Should().Be("InvalidContactType");
    }

    [Fact]
    public async Task Create_refuses_a_contact_type_the_tenant_lacks()
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/v3/contacts", """{ "email": "t@example.com", "contactType": "Prospect" }""");

        status.Should().Be(HttpStatusCode.BadRequest);
        body!["errorCode"]!.GetValue<string>().Should().Be("InvalidContactType");
    }

    [Fact]
    public async Task A_tenant_keyed_by_mobile_phone_creates_contacts_without_email_and_requires_the_phone()
    {
        using var app = new GatewayApplication(inMemory: true, settings: new Dictionary<string, string?> { ["Emulator:Contacts:KeyIdentifier"] = "mobilePhone" });
        using var http = app.CreateAuthorizedClient();

        using var created = await http.PostAsync(new Uri("/api/v3/contacts", UriKind.Relative), Json("""{ "mobilePhone": "+46735654321", "acceptsSms": true }"""));
        using var missing = await http.PostAsync(new Uri("/api/v3/contacts", UriKind.Relative), Json("""{ "email": "no-phone@example.com" }"""));
        using var again = await http.PostAsync(new Uri("/api/v3/contacts", UriKind.Relative), Json("""{ "mobilePhone": "+46 735 654 321" }"""));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var contact = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes");
        contact.TryGetProperty("email", out _).Should().BeFalse();
        (await missing.Content.ReadAsStringAsync()).Should().Contain("$.mobilePhone");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).Should().Contain("\"errorCode\":\"ApprovedContactWithKeyExists\"");
    }

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }
}
