using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Storage;
using LiteDB;

namespace BackInStock.Emulator.Tests;

public sealed class DataFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "bis-datafile-" + Guid.NewGuid().ToString("N"));

    public DataFileTests() => Directory.CreateDirectory(_directory);

    private static EngageEmulator Open(string path) =>
        EngageEmulator.Open(new EmulatorOptions { Store = new StoreOptions { Path = path }, DemoCatalog = false }, TimeProvider.System);

    [Theory]
    [InlineData(5)]
    [InlineData(20_000)]
    [InlineData(16_384)]
    public void A_file_that_is_not_a_litedb_database_is_refused_by_name_and_left_untouched(int length)
    {
        var path = Path.Combine(_directory, "foreign.db");
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var open = () => Open(path);

        open.Should().Throw<StoreOpenException>().Which.Message.Should().Contain(path);
        File.ReadAllBytes(path).Should().Equal(bytes, "a file the emulator cannot read is never rewritten");
    }

    [Fact]
    public void A_truncated_data_file_is_refused_by_name()
    {
        var path = Path.Combine(_directory, "cut.db");
        using (var emulator = Open(path))
        {
            emulator.Contacts.Create(new NewContact("kept@example.com"));
        }

        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(stream.Length - 1000);
        }

        var open = () => Open(path);

        open.Should().Throw<StoreOpenException>().WithMessage("*cut.db*truncated*");
    }

    [Fact]
    public void A_healthy_data_file_opens_again()
    {
        var path = Path.Combine(_directory, "fine.db");
        Guid id;
        using (var emulator = Open(path))
        {
            id = emulator.Contacts.Create(new NewContact("kept@example.com")).Id;
        }

        using var reopened = Open(path);

        reopened.Contacts.IdByEmail("kept@example.com").Should().Be(id);
    }

    [Fact]
    public void A_file_open_in_one_store_is_refused_to_a_second_until_the_first_closes()
    {
        var path = Path.Combine(_directory, "shared.db");
        var first = Open(path);

        var second = () => Open(path);

        second.Should().Throw<StoreOpenException>().WithMessage("*shared.db*in use by another BackInStock process*");
        first.Dispose();
        using var after = Open(path);
        after.StoreKind.Should().Be("file");
    }

    [Fact]
    public void A_data_file_whose_email_keys_were_made_the_old_way_finds_its_contacts_by_the_new_keys()
    {
        var path = Path.Combine(_directory, "old-keys.db");
        Guid anna, kelvin;
        using (var emulator = Open(path))
        {
            anna = emulator.Contacts.Create(new NewContact("anna@example.com")).Id;
            kelvin = emulator.Contacts.Create(new NewContact("kelvin@example.com")).Id;
        }

        // As the emulator kept them before addresses were normalized: the address as sent, its key lower-cased by ToLowerInvariant.
        using (var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            var contacts = database.GetCollection("contacts");
            foreach (var (id, email) in new[] { (anna, "A\u0308nna@example.com"), (kelvin, "\u212Aim@example.com") })
            {
                var document = contacts.FindById(id);
                document["Email"] = email;
                document["EmailKey"] = email.ToLowerInvariant();
                contacts.Update(document);
            }

            database.GetCollection("settings").Delete("email-key");
        }

        using var reopened = Open(path);

        reopened.Contacts.IdByEmail("\u00C4nna@example.com").Should().Be(anna);
        reopened.Contacts.IdByEmail("\u212Aim@example.com").Should().Be(kelvin);
        var asciiLookAlike = () => reopened.Contacts.IdByEmail("kim@example.com");
        asciiLookAlike.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.ContactNotFound);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
