using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using BackInStock.Emulator.Automations;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BackInStock.Emulator.Outbox;

/// <summary>
/// Renders an automation's email with Scriban, within a <see cref="RenderBudget"/>. One instance serves
/// one batch on one thread, reusing its template context (building one costs more than rendering a
/// short email) until a render fails, after which the context's state is not trusted and is rebuilt.
/// The model's names are snake_case, as Scriban expects: <c>contact.email</c>, <c>product.title</c>,
/// <c>product.price</c>, <c>product.image_url</c>, <c>product.link</c>, <c>product.attributes.brand</c>,
/// <c>subscription.locale</c>, <c>stock.quantity</c>. A product's image and link given as a path (the demo
/// catalog's) are made absolute against <paramref name="origin"/>, the gateway's own, so they still work in
/// an email opened anywhere else; without an origin a path reads as missing, as any unsafe address does.
/// </summary>
public sealed class EmailRenderer(RenderBudget? budget = null, Uri? origin = null)
{
    private const int MaxCachedTemplates = 256;

    private static readonly ConcurrentDictionary<string, Template> Parsed = new(StringComparer.Ordinal);

    private readonly RenderBudget _budget = budget ?? RenderBudget.Default;
    private TemplateContext? _context;

    /// <summary>The template's syntax errors, empty when it parses.</summary>
    public static IReadOnlyList<string> Problems(string text)
    {
        var template = Template.Parse(text);
        return template.HasErrors ? template.Messages.Select(m => m.ToString()).ToList() : [];
    }

    /// <exception cref="EmailRenderException">The template failed at run time or went over its budget.</exception>
    public (string Subject, string Html, string Text) Render(EmailContent content, TriggerContext context)
    {
        var scope = _context ??= NewContext();
        using var deadline = new CancellationTokenSource(_budget.Time);
        scope.CancellationToken = deadline.Token;
        var model = new ScriptObject();
        model.Import(Model(context));
        scope.PushGlobal(model);
        var part = "subject";
        try
        {
            var subject = Render(scope, content.Subject);
            part = "html";
            var html = Render(scope, content.Html);
            part = "text";
            return (subject, html, content.Text is { } text ? Render(scope, text) : HtmlText.From(html));
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // Any failure of a user's template is the template's, whatever Scriban or .NET threw.
            _context = null;
            throw new EmailRenderException($"{part}: {Describe(failure, deadline.IsCancellationRequested)}", failure);
        }
        finally
        {
            if (_context is not null)
            {
                scope.PopGlobal();
                scope.CancellationToken = CancellationToken.None;
            }
        }
    }

    private TemplateContext NewContext() => new()
    {
        StrictVariables = false,
        LoopLimit = _budget.LoopIterations,
        LoopLimitQueryable = _budget.LoopIterations,
        OutputLimit = _budget.OutputCharacters,
        OnOutputLimit = ScriptLimitBehavior.Throw,
        LimitToString = _budget.OutputCharacters,
        RegexTimeOut = _budget.RegexTime,
        RecursiveLimit = 20,
        ObjectRecursionLimit = 20,
    };

    private static string Render(TemplateContext scope, string text)
    {
        // Stored automations hold a handful of templates; a client trying many (each upload is rendered once)
        // must not grow the cache without end, so past its size a template is parsed each time instead.
        if (!Parsed.TryGetValue(text, out var template))
        {
            template = Template.Parse(text);
            if (Parsed.Count < MaxCachedTemplates)
            {
                Parsed.TryAdd(text, template);
            }
        }

        scope.PushOutput();
        try
        {
            return template.Render(scope);
        }
        finally
        {
            scope.PopOutput();
        }
    }

    private string Describe(Exception failure, bool timedOut) => failure switch
    {
        _ when timedOut => string.Create(CultureInfo.InvariantCulture, $"rendering took longer than its budget of {_budget.Time.TotalMilliseconds:0} ms."),
        RegexMatchTimeoutException => string.Create(CultureInfo.InvariantCulture, $"a regular expression ran longer than {_budget.RegexTime.TotalMilliseconds:0} ms."),
        ScriptRuntimeException script => script.Message,
        _ => failure.Message,
    };

    private Dictionary<string, object?> Model(TriggerContext context)
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
                ["image_url"] = SafeUrl.OrNull(Absolute(product.ImageUrl)),
                ["link"] = SafeUrl.OrNull(Absolute(product.Link)),
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

    private string? Absolute(string? url) =>
        origin is not null && url is ['/', not '/', ..] && Uri.TryCreate(origin, url, out var absolute) ? absolute.AbsoluteUri : url;

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
