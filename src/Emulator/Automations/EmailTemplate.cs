namespace BackInStock.Emulator.Automations;

/// <summary>
/// The email an automation sends, as Scriban templates. <see cref="ByLocale"/> is Engage's value split
/// on locale: a subscription's locale picks its content, anything else falls back to <see cref="Default"/>.
/// </summary>
public sealed record EmailTemplate(EmailContent Default, IReadOnlyDictionary<string, EmailContent> ByLocale)
{
    public EmailContent For(string locale) =>
        ByLocale.FirstOrDefault(pair => string.Equals(pair.Key, locale, StringComparison.OrdinalIgnoreCase)).Value ?? Default;
}

/// <summary>A subject, an HTML body and optionally a plain-text body, all Scriban templates.</summary>
/// <param name="Text">The plain-text part's template; without one the text part is made from the rendered HTML (<see cref="Outbox.HtmlText"/>).</param>
public sealed record EmailContent(string Subject, string Html, string? Text = null);
