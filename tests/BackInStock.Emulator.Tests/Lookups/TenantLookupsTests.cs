using BackInStock.Emulator.Lookups;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Tests.Lookups;

/// <summary>The tenant's stores and consents: demo values unless configured, looked up by their exact keys, keys unique.</summary>
public sealed class TenantLookupsTests
{
    private static EngageStore Store(string externalId, bool active = true) => new() { ExternalId = externalId, Name = externalId, Active = active };

    private static ConsentDefinition Consent(string id) => new() { Id = id, Name = id };

    [Fact]
    public void Unconfigured_a_tenant_has_the_demo_stores_and_consents()
    {
        var lookups = new TenantLookups(null, null);

        lookups.ListStores(includeInactive: false).Select(s => s.ExternalId).Should().Equal("ECOM-SE", "ECOM-US", "ECOM-DE", "ECOM-PL");
        lookups.ListStores(includeInactive: true).Select(s => s.ExternalId).Should().Equal("ECOM-SE", "ECOM-US", "ECOM-DE", "ECOM-PL", "010");
        lookups.Consents.Select(c => c.Id).Should().Equal("memberConsent", "backInStockConsent");
        lookups.Consents.Should().OnlyContain(c => c.DisplayText.ContainsKey("sv-SE") && c.LinkText.ContainsKey("en-GB") && c.ConditionText.Count == 2);
    }

    [Fact]
    public void Configured_lists_replace_the_demo_ones_and_an_empty_list_means_none()
    {
        var lookups = new TenantLookups([Store("A1")], []);

        lookups.Stores.Select(s => s.ExternalId).Should().Equal("A1");
        lookups.Consents.Should().BeEmpty();
        lookups.FindStore("ECOM-SE").Should().BeNull();
    }

    [Fact]
    public void Stores_are_found_by_their_exact_external_id_inactive_ones_too()
    {
        var lookups = new TenantLookups([Store("Store1337"), Store("closed", active: false)], null);

        lookups.FindStore("Store1337")!.Name.Should().Be("Store1337");
        lookups.FindStore("closed")!.Active.Should().BeFalse();
        lookups.FindStore("store1337").Should().BeNull();
        lookups.FindStore("Store").Should().BeNull();
    }

    [Fact]
    public void Consents_are_found_by_their_exact_id()
    {
        var lookups = new TenantLookups(null, [Consent("memberConsent"), Consent("sms")]);

        lookups.FindConsent("sms")!.Id.Should().Be("sms");
        lookups.FindConsent("memberconsent").Should().BeNull();
        lookups.FindConsent("nope").Should().BeNull();
    }

    [Fact]
    public void A_store_external_id_configured_twice_is_refused_naming_it()
    {
        var twice = () => new TenantLookups([Store("010"), Store("010")], null);

        twice.Should().Throw<ArgumentException>().WithMessage("*store externalId '010' is configured twice*");
    }

    [Fact]
    public void A_consent_id_configured_twice_is_refused_naming_it()
    {
        var twice = () => new TenantLookups(null, [Consent("a"), Consent("a")]);

        twice.Should().Throw<ArgumentException>().WithMessage("*consent id 'a' is configured twice*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_key_is_refused(string key)
    {
        FluentActions.Invoking(() => new TenantLookups([Store(key)], null)).Should().Throw<ArgumentException>().WithMessage("*store externalId is empty*");
        FluentActions.Invoking(() => new TenantLookups(null, [Consent(key)])).Should().Throw<ArgumentException>().WithMessage("*consent id is empty*");
    }

    [Fact]
    public void A_tenant_whose_lookups_are_misconfigured_does_not_open_its_data_file()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bis-lookups-" + Guid.NewGuid().ToString("N"));
        var options = new EmulatorOptions { Store = new StoreOptions { Path = Path.Combine(directory, "tenant.db") }, DemoCatalog = false, Stores = [Store("x"), Store("x")] };

        var open = () => EngageEmulator.Open(options, TimeProvider.System);

        open.Should().Throw<ArgumentException>();
        File.Exists(options.Store.Path).Should().BeFalse("the configuration is checked before the file is opened");
    }

    [Fact]
    public void The_emulator_serves_the_configured_lists()
    {
        using var fixture = new EmulatorFixture("memory", options => options.Stores = [Store("WEB")]);

        fixture.Emulator.Lookups.FindStore("WEB").Should().NotBeNull();
        fixture.Emulator.Lookups.Consents.Select(c => c.Id).Should().Contain("memberConsent");
    }
}
