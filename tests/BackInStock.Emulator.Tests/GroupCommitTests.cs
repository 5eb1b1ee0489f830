using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests;

public sealed class GroupCommitTests
{
    [Theory]
    [MemberData(nameof(EmulatorFixture.Stores), MemberType = typeof(EmulatorFixture))]
    public async Task Concurrent_writers_each_get_their_own_answer_and_a_failing_one_takes_nobody_elses_data(string store)
    {
        using var fixture = new EmulatorFixture(store);
        var contact = fixture.Contact("owner@example.com");
        var ghost = Guid.NewGuid();

        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(() =>
        {
            try
            {
                // Every fifth write is refused (unknown contact) while the others commit around it.
                var target = i % 5 == 0 ? ghost : contact.Id;
                return (i, fixture.Emulator.Subscriptions.Create(new NewSubscription(target, $"SKU-{i}", "sv-SE", null)).Sku, (string?)null);
            }
            catch (EmulatorException refused)
            {
                return (i, (string?)null, refused.Error.Code);
            }
        }));
        var results = await Task.WhenAll(writes);

        results.Where(r => r.i % 5 == 0).Should().OnlyContain(r => r.Item3 == "ContactNotFound");
        results.Where(r => r.i % 5 != 0).Should().OnlyContain(r => r.Item2 == $"SKU-{r.i}");
        fixture.Emulator.Subscriptions.ListFor(contact.Id).Should().HaveCount(160);
        if (store == "file")
        {
            fixture.Reopen();
            fixture.Emulator.Subscriptions.ListFor(contact.Id).Select(s => s.Sku).Should().BeEquivalentTo(results.Where(r => r.i % 5 != 0).Select(r => r.Item2));
        }
    }

    [Fact]
    public async Task Concurrent_contacts_with_one_email_end_as_one_contact()
    {
        using var fixture = new EmulatorFixture("file");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
        {
            try
            {
                return fixture.Emulator.Contacts.Create(new NewContact("race@example.com")).Id;
            }
            catch (EmulatorException)
            {
                return Guid.Empty;
            }
        })));

        attempts.Where(id => id != Guid.Empty).Should().ContainSingle();
        fixture.Emulator.Contacts.IdByEmail("race@example.com").Should().Be(attempts.Single(id => id != Guid.Empty));
    }
}
