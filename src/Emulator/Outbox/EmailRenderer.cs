using System.Collections.Concurrent;
using System.Globalization;
using BackInStock.Emulator.Automations;
using Scriban;
using Scriban.Runtime;

namespace BackInStock.Emulator.Outbox;

/// <summary>
/// Renders an automation's email with Scriban; one instance serves one batch on one thread, reusing
/// its template context (building one costs more than rendering a short email). The model's names are snake_case, as Scriban expects:
/// <c>contact.email</c>, <c>product.title</c>, <c>product.price</c>, <c>product.image_url</c>,
/// <c>product.link</c>, <c>product.attributes.brand</c>, <c>subscription.locale</c>, <c>stock.quantity</c>.
/// </summary>
public sealed class EmailRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Parsed = new(StringComparer.Ordinal);

    /// <summary>The template's syntax errors, empty when it parses.</summary>
    public static IReadOnlyList<string> Problems(string text)
    {
        var template = Template.Parse(text);
        return template.HasErrors ? template.Messages.Select(m => m.ToString()).ToList() : [];
    }

    private readonly TemplateContext _context = new() { StrictVariables = false, LoopLimit = 10_000, RecursiveLimit = 50 };

    public (string Subject, string Html) Render(EmailContent content, TriggerContext context)
    {
        var model = new ScriptObject();
        model.Import(Model(context));
        _context.PushGlobal(model);
        try
        {
            return (Render(content.Subject), Render(content.Html));
        }
        finally
        {
            _context.PopGlobal();
        }
    }

    private string Render(string text)
    {
        var template = Parsed.GetOrAdd(text, static t => Template.Parse(t));
        _context.PushOutput();
        try
        {
            return template.Render(_context);
        }
        finally
        {
            _context.PopOutput();
        }
    }

    private static Dictionary<string, object?> Model(TriggerContext context)
    {
        var product = context.Product;
        var contact = context.Contact;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["contact"] = new ScriptObject
            {
                ["id"] = context.Subscription.ContactId.ToString(),
                ["email"] = contact?.Email,
                ["first_name"] = contact?.FirstName,
                ["last_name"] = contact?.LastName,
                ["lang"] = contact?.Lang,
                ["country_code"] = contact?.CountryCode,
            },
            ["product"] = new ScriptObject
            {
                ["sku"] = product.Sku,
                ["title"] = product.Title,
                ["price"] = product.Price?.ToString("0.00", CultureInfo.InvariantCulture),
                ["currency"] = product.Currency,
                ["image_url"] = product.ImageUrl,
                ["link"] = product.Link,
                ["availability"] = product.Availability,
                ["attributes"] = Attributes(product.Attributes),
            },
            ["subscription"] = new ScriptObject
            {
                ["id"] = context.Subscription.Id.ToString(),
                ["locale"] = context.Subscription.Locale,
                ["external_id"] = context.Subscription.ExternalId,
                ["created_on"] = context.Subscription.CreatedOn.ToString("O", CultureInfo.InvariantCulture),
            },
            ["stock"] = new ScriptObject { ["quantity"] = context.Item.Quantity },
        };
    }

    private static ScriptObject Attributes(IReadOnlyDictionary<string, string> attributes)
    {
        var result = new ScriptObject();
        foreach (var (name, value) in attributes)
        {
            result[name] = value;
        }

        return result;
    }
}
