namespace BackInStock.Emulator.Automations;

/// <summary>
/// The automation a new tenant starts with: Engage's back-in-stock trigger with its threshold at
/// quantity &gt; 0, no custom conditions, and one email whose content is split by locale.
/// </summary>
public static class DefaultAutomation
{
    public const string Id = "back-in-stock";

    public static Automation Create() => new(
        Id,
        "Back in stock",
        Enabled: true,
        MinimumQuantity: 1,
        Conditions: [],
        Email: new EmailTemplate(
            Content("{{ product.title }} is back in stock", "Good news", "is back in stock. Get it before it is gone again.", "Shop now"),
            new Dictionary<string, EmailContent>(StringComparer.OrdinalIgnoreCase)
            {
                ["en-US"] = Content("{{ product.title }} is back in stock", "Good news", "is back in stock. Get it before it is gone again.", "Shop now"),
                ["sv-SE"] = Content("{{ product.title }} finns i lager igen", "Goda nyheter", "finns i lager igen. Passa på innan den tar slut.", "Handla nu"),
                ["pl-PL"] = Content("{{ product.title }} jest znowu dostępny", "Dobra wiadomość", "jest znowu dostępny. Kup, zanim znowu zniknie.", "Kup teraz"),
                ["de-DE"] = Content("{{ product.title }} ist wieder auf Lager", "Gute Nachrichten", "ist wieder auf Lager. Schnell sein lohnt sich.", "Jetzt kaufen"),
            }));

    private static EmailContent Content(string subject, string greeting, string sentence, string button) => new(
        subject,
        $$$"""
        <!doctype html>
        <html lang="{{ subscription.locale | html.escape }}">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{{greeting}}}</title>
        </head>
        <body style="font-family: sans-serif; max-width: 560px; margin: auto; padding: 0 12px">
          <h1>{{{greeting}}}{{ if contact.first_name }}, {{ contact.first_name | html.escape }}{{ end }}!</h1>
          {{ if product.image_url }}<img src="{{ product.image_url | html.escape }}" alt="{{ product.title | html.escape }}" width="280" style="max-width: 100%; height: auto">{{ end }}
          <p><strong>{{ product.title | html.escape }}</strong> {{{sentence}}}</p>
          {{ if product.price }}<p class="price">{{ product.price | html.escape }} {{ product.currency | html.escape }}</p>{{ end }}
          <p><a href="{{ product.link | html.escape }}">{{{button}}}</a></p>
          <p style="color: #888; font-size: 12px">SKU {{ product.sku | html.escape }}</p>
        </body>
        </html>
        """);
}
