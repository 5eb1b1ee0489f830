using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Outbox;

namespace BackInStock.Emulator.Tests.Automations;

/// <summary>The automation a tenant starts with: enabled, at quantity over zero, with an email in the subscriber's language.</summary>
public sealed class DefaultAutomationTests
{
    [Fact]
    public void It_triggers_on_any_quantity_over_zero_without_conditions()
    {
        var automation = DefaultAutomation.Create();

        automation.Should().Match<Automation>(a => a.Id == "back-in-stock" && a.Name == "Back in stock" && a.Enabled && a.MinimumQuantity == 1 && a.Conditions.Count == 0);
    }

    [Fact]
    public void It_passes_the_checks_an_uploaded_set_gets()
    {
        // A new tenant stores the default without them (start-up skips Scriban's sample render), so it must pass them.
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.Automations.Invoking(a => a.Replace([DefaultAutomation.Create()])).Should().NotThrow();
    }

    [Theory]
    [InlineData("en-US", "Sample product is back in stock", "Good news", "is back in stock. Get it before it is gone again.", "Shop now")]
    [InlineData("sv-SE", "Sample product finns i lager igen", "Goda nyheter", "finns i lager igen. Passa på innan den tar slut.", "Handla nu")]
    [InlineData("pl-PL", "Sample product jest znowu dostępny", "Dobra wiadomość", "jest znowu dostępny. Kup, zanim znowu zniknie.", "Kup teraz")]
    [InlineData("de-DE", "Sample product ist wieder auf Lager", "Gute Nachrichten", "ist wieder auf Lager. Schnell sein lohnt sich.", "Jetzt kaufen")]
    [InlineData("DE-de", "Sample product ist wieder auf Lager", "Gute Nachrichten", "ist wieder auf Lager. Schnell sein lohnt sich.", "Jetzt kaufen")]
    [InlineData("fi-FI", "Sample product is back in stock", "Good news", "is back in stock. Get it before it is gone again.", "Shop now")]
    public void The_email_greets_and_links_in_the_subscribers_language(string locale, string subject, string greeting, string sentence, string button)
    {
        var (renderedSubject, html, _) = new EmailRenderer().Render(DefaultAutomation.Create().Email!.For(locale), SampleContext.For(locale));

        renderedSubject.Should().Be(subject);
        html.Should().Contain($"<h1>{greeting}, Sam!</h1>")
            .And.Contain($"<strong>Sample product</strong> {sentence}")
            .And.Contain($"<a href=\"https://shop.example.com/products/sample\">{button}</a>")
            .And.Contain($"<html lang=\"{locale}\">");
    }
}
