using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Tests;

/// <summary>What makes a second subscribe call "the same subscription", which answers the one already held.</summary>
public sealed class SubscriptionIdentityTests
{
    private static readonly Guid Contact = Guid.Parse("0190a5c2-0000-7000-8000-000000000001");
    private static readonly Subscription Held = new(Guid.NewGuid(), Contact, "SKU-1", "sv-SE", "M1", DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_same_contact_sku_and_externalId_in_the_locale_written_in_another_case_is_the_same_subscription() =>
        Held.IsSame(Contact, "SKU-1", "SV-se", "M1").Should().BeTrue();

    [Theory]
    [InlineData(true, "SKU-1", "sv-SE", "M1")]
    [InlineData(false, "sku-1", "sv-SE", "M1")]
    [InlineData(false, "SKU-1", "sv-FI", "M1")]
    [InlineData(false, "SKU-1", "sv-SE", "m1")]
    [InlineData(false, "SKU-1", "sv-SE", null)]
    public void Another_contact_sku_locale_or_externalId_is_another_subscription(bool otherContact, string sku, string locale, string? externalId) =>
        Held.IsSame(otherContact ? Guid.NewGuid() : Contact, sku, locale, externalId).Should().BeFalse();
}
