using BackInStock.Emulator.Lookups;

namespace BackInStock.Emulator.Tests.Lookups;

/// <summary>What a store or consent configured with only some of its members holds: no made-up key or name, and a store is active.</summary>
public sealed class LookupDefaultsTests
{
    [Fact]
    public void A_store_configured_with_its_key_only_is_active_and_has_an_empty_name()
    {
        var lookups = new TenantLookups([new EngageStore { ExternalId = "WEB" }], []);

        var store = lookups.FindStore("WEB")!;
        store.Name.Should().BeEmpty();
        store.Active.Should().BeTrue();
        lookups.ListStores(includeInactive: false).Should().ContainSingle().Which.Should().BeSameAs(store);
    }

    [Fact]
    public void A_consent_configured_with_its_key_only_has_an_empty_name()
    {
        var lookups = new TenantLookups([], [new ConsentDefinition { Id = "sms" }]);

        lookups.FindConsent("sms")!.Name.Should().BeEmpty();
    }

    [Fact]
    public void A_store_configured_without_an_external_id_is_refused()
    {
        var configure = () => new TenantLookups([new EngageStore { Name = "Web shop" }], []);

        configure.Should().Throw<ArgumentException>().WithMessage("*store externalId is empty*");
    }

    [Fact]
    public void A_consent_configured_without_an_id_is_refused()
    {
        var configure = () => new TenantLookups([], [new ConsentDefinition { Name = "Newsletter" }]);

        configure.Should().Throw<ArgumentException>().WithMessage("*consent id is empty*");
    }
}
