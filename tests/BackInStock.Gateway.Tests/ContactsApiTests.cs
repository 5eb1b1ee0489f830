using System.Net;
using BackInStock.Client;

namespace BackInStock.Gateway.Tests;

public sealed class ContactsApiTests : IDisposable
{
    private readonly GatewayApplication _app = new();

    [Fact]
    public async Task A_created_contact_can_be_read_by_id_and_found_by_email_ignoring_case()
    {
        var created = await _app.Contacts().CreateContactAsync(new CreateContactRequest
        {
            Email = "john.doe@voyado.com",
            AcceptsEmail = true,
            Lang = "en",
            CountryCode = "US",
        });

        var read = await _app.Contacts().GetContactAsync(created.Id);
        var id = await _app.Contacts().GetContactIdByEmailAsync("JOHN.DOE@voyado.com");

        id.Should().Be(created.Id);
        read.Attributes.Email.Should().Be("john.doe@voyado.com");
        read.Attributes.Language.Should().Be("en");
        read.Attributes.CountryCode.Should().Be("US");
        read.Preferences.AcceptsEmail.Should().BeTrue();
        read.Meta.ContactType.Should().Be("Member");
    }

    [Fact]
    public async Task Finding_a_contact_id_by_email_answers_a_bare_json_string()
    {
        var created = await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "jane@example.com", ContactType = "Contact" });

        var raw = await _app.CreateAuthorizedClient().GetStringAsync(new Uri("/api/v3/contacts/id?email=jane%40example.com", UriKind.Relative));

        raw.Should().Be($"\"{created.Id}\"");
        created.Meta.ContactType.Should().Be("Contact");
    }

    [Fact]
    public async Task A_second_contact_with_the_same_email_is_a_conflict()
    {
        await _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "twice@example.com" });

        var second = () => _app.Contacts().CreateContactAsync(new CreateContactRequest { Email = "TWICE@example.com" });

        (await second.Should().ThrowAsync<ApiException>()).Which.Should().Match<ApiException>(e =>
            e.StatusCode == (int)HttpStatusCode.Conflict && e.Body.Contains("\"errorCode\":\"ApprovedContactWithKeyExists\""));
    }

    [Fact]
    public async Task An_unknown_contact_is_a_404_ContactNotFound()
    {
        var read = () => _app.Contacts().GetContactAsync(Guid.NewGuid());
        var find = () => _app.Contacts().GetContactIdByEmailAsync("nobody@example.com");

        (await read.Should().ThrowAsync<ApiException>()).Which.Body.Should().Contain("\"errorCode\":\"ContactNotFound\"");
        (await find.Should().ThrowAsync<ApiException>()).Which.StatusCode.Should().Be(404);
    }

    public void Dispose() => _app.Dispose();
}
