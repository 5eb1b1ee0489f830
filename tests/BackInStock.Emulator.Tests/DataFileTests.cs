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
    public void A_path_under_a_regular_file_is_refused_in_one_line_naming_the_path_and_the_fix()
    {
        var plainFile = Path.Combine(_directory, "plain-file");
        File.WriteAllText(plainFile, "x");
        var path = Path.Combine(plainFile, "sub", "data.db");

        var open = () => Open(path);

        open.Should().Throw<StoreOpenException>().Which.Message.Should()
            .Contain(path).And.Contain($"'{plainFile}' is a file, not a folder").And.Contain("--Store:Path").And.NotContain("\n");
    }

    [Fact]
    public void A_path_under_proc_is_refused_by_name()
    {
        var open = () => Open("/proc/self/bis-data.db");

        open.Should().Throw<StoreOpenException>().WithMessage("*'/proc/self/bis-data.db' cannot be created or opened for writing*");
    }

    [Fact]
    public void A_data_file_reached_through_a_symbolic_link_is_opened_where_it_really_is()
    {
        var real = Path.Combine(_directory, "real.db");
        Guid id;
        using (var emulator = Open(real))
        {
            id = emulator.Contacts.Create(new NewContact("linked@example.com")).Id;
        }

        var link = Path.Combine(_directory, "link.db");
        File.CreateSymbolicLink(link, "real.db");

        using (var linked = Open(link))
        {
            linked.Contacts.IdByEmail("linked@example.com").Should().Be(id);
            var second = () => Open(real);
            second.Should().Throw<StoreOpenException>().WithMessage("*in use*", "the link and the file are one file");
        }

        new FileInfo(link).LinkTarget.Should().Be("real.db", "the link is left as it was");
    }

    [Fact]
    public void A_dangling_symbolic_link_is_refused_naming_the_link_and_its_target()
    {
        var link = Path.Combine(_directory, "dangling.db");
        File.CreateSymbolicLink(link, Path.Combine(_directory, "gone.db"));

        var open = () => Open(link);

        open.Should().Throw<StoreOpenException>().WithMessage($"*'{link}' is a symbolic link to '{Path.Combine(_directory, "gone.db")}', which does not exist*");
        File.Exists(Path.Combine(_directory, "gone.db")).Should().BeFalse("nothing is created through a dangling link");
    }

    [Fact]
    public void A_store_whose_data_file_is_deleted_refuses_writes_instead_of_losing_them()
    {
        var path = Path.Combine(_directory, "deleted.db");
        using var emulator = Open(path);
        emulator.Contacts.Create(new NewContact("before@example.com"));
        emulator.StoreFault.Should().BeNull();

        File.Delete(path);

        var write = () => emulator.Contacts.Create(new NewContact("after@example.com"));
        write.Should().Throw<EmulatorException>().Which.Error.Should().Be(ErrorCatalogue.DataFileMissing);
        emulator.StoreFault.Should().Contain(path);
    }

    [Fact]
    public void Stored_data_that_fails_at_start_up_is_refused_in_one_line_naming_the_data_file()
    {
        var path = Path.Combine(_directory, "bad-setting.db");
        using (var database = new LiteDB.LiteDatabase(path))
        {
            database.GetCollection("settings").Insert(new LiteDB.BsonDocument { ["_id"] = "automations", ["Json"] = "{ not json" });
        }

        var open = () => Open(path);

        open.Should().Throw<StoreOpenException>().Which.Message.Should().Contain($"'{path}' failed").And.Contain("JsonException").And.NotContain("\n");
        File.Delete(path);
        using var after = Open(path);
        after.StoreKind.Should().Be("file", "the failed start let go of the file");
    }

    [Fact]
    public void A_data_file_made_when_the_store_ignored_case_is_rebuilt_once_keeping_its_data_and_then_compares_skus_exactly()
    {
        var path = Path.Combine(_directory, "ignore-case.db");
        Guid contact;
        using (var emulator = Open(path))
        {
            contact = emulator.Contacts.Create(new NewContact("old@example.com")).Id;
            emulator.Subscriptions.Create(new Subscriptions.NewSubscription(contact, "SKU-A", "sv-SE", null));
        }

        // As LiteDB made every file before: its default collation, which ignores case.
        using (var database = new LiteDB.LiteDatabase(path))
        {
            database.Rebuild(new LiteDB.Engine.RebuildOptions { Collation = new LiteDB.Collation("/IgnoreCase") });
        }

        using var reopened = Open(path);
        reopened.Subscriptions.ListFor(contact).Should().ContainSingle().Which.Sku.Should().Be("SKU-A");
        reopened.Subscriptions.Create(new Subscriptions.NewSubscription(contact, "sku-a", "sv-SE", null));
        reopened.Subscriptions.ListFor(contact).Select(s => s.Sku).Should().BeEquivalentTo(["SKU-A", "sku-a"], "the rebuilt file tells the two apart");
        reopened.Contacts.Create(new NewContact("new@example.com")).Id.Should().NotBeEmpty("it writes after the rebuild");
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

    [Fact]
    public void A_contact_written_before_the_other_keys_existed_reads_with_sensible_defaults_and_can_change()
    {
        var path = Path.Combine(_directory, "first-version.db");
        var id = Guid.CreateVersion7();
        var createdOn = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

        // Exactly the members the first version stored, and no others.
        using (var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            database.GetCollection("contacts").Insert(new BsonDocument
            {
                ["_id"] = id,
                ["Email"] = "old@example.com",
                ["EmailKey"] = "old@example.com",
                ["FirstName"] = "Olle",
                ["LastName"] = BsonValue.Null,
                ["Lang"] = "sv",
                ["CountryCode"] = "SE",
                ["AcceptsEmail"] = true,
                ["ContactType"] = "Member",
                ["CreatedOnTicks"] = createdOn.UtcTicks,
            });
        }

        using var reopened = Open(path);

        var contact = reopened.Contacts.Get(id);
        contact.Should().Match<Contact>(c => c.Email == "old@example.com" && c.Lang == "sv" && c.AcceptsEmail && !c.AcceptsSms && c.Approved
            && c.ModifiedOn == createdOn && c.MobilePhone == null && c.Source == null && c.Consents.Count == 0);
        reopened.Contacts.Count().Should().Be(1);
        reopened.Contacts.FindId(new ContactLookup(Email: "OLD@example.com")).Should().Be(id);
        reopened.Contacts.Update(id, new ContactChanges { MobilePhone = "+46735654321" }).MobilePhone.Should().Be("+46735654321");
        reopened.Contacts.FindId(new ContactLookup(MobilePhone: "+46735654321")).Should().Be(id);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
