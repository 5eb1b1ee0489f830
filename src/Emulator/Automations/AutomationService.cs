using System.Globalization;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Automations;

/// <summary>The tenant's back-in-stock automations: read, and replaced as a whole after validation.</summary>
public sealed class AutomationService(IEmulatorStore store)
{
    public IReadOnlyList<Automation> List() => store.Read(Effective);

    /// <summary>The automations the trigger runs: the stored ones, else the default (a tenant whose automations were never replaced).</summary>
    internal static IReadOnlyList<Automation> Effective(IStoreSession session) => session.Automations() ?? [DefaultAutomation.Create()];

    /// <summary>
    /// Stores the built-in default for a new tenant without the sample render an uploaded set gets: it is ours and
    /// passes those checks (a test holds it to them); the render took a tenth of start-up (Scriban's first use), and
    /// on a loaded machine it could overrun its time budget and stop the gateway starting.
    /// </summary>
    internal void StoreDefault() => store.Write(session =>
    {
        session.ReplaceAutomations([DefaultAutomation.Create()]);
        return true;
    });

    public IReadOnlyList<Automation> Replace(IReadOnlyList<Automation> automations)
    {
        var problems = Problems(automations);
        if (problems.Count > 0)
        {
            throw new EmulatorException(ErrorCatalogue.ValidationError, $"{problems.Count} field(s) of the automations are invalid.", problems);
        }

        return store.Write(session =>
        {
            session.ReplaceAutomations(automations);
            return automations;
        });
    }

    private static Dictionary<string, List<string>> Problems(IReadOnlyList<Automation> automations)
    {
        var problems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string path, string problem)
        {
            if (!problems.TryGetValue(path, out var list))
            {
                problems[path] = list = [];
            }

            list.Add(problem);
        }

        foreach (var duplicate in automations.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Add("$", $"the id '{duplicate.Key}' is used more than once.");
        }

        for (var i = 0; i < automations.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"$[{i}]");
            var automation = automations[i];
            for (var c = 0; c < automation.Conditions.Count; c++)
            {
                foreach (var (field, problem) in ConditionOperators.Problems(automation.Conditions[c]))
                {
                    Add(string.Create(CultureInfo.InvariantCulture, $"{at}.conditions[{c}].{field}"), problem);
                }
            }

            if (automation.Email is { } email)
            {
                CheckTemplates($"{at}.email.default", automation.Id, "default", email.Default, Add);
                foreach (var (locale, content) in email.ByLocale)
                {
                    CheckTemplates($"{at}.email.byLocale.{locale}", automation.Id, locale, content, Add);
                }
            }
        }

        return problems;
    }

    /// <summary>Parses, then renders once with sample data, so a template that fails at run time is refused here rather than at the first stock update.</summary>
    private static void CheckTemplates(string at, string automationId, string locale, EmailContent content, Action<string, string> add)
    {
        var parses = true;
        foreach (var problem in EmailRenderer.Problems(content.Subject))
        {
            add($"{at}.subject", problem);
            parses = false;
        }

        foreach (var problem in EmailRenderer.Problems(content.Html))
        {
            add($"{at}.html", problem);
            parses = false;
        }

        foreach (var problem in content.Text is null ? [] : EmailRenderer.Problems(content.Text))
        {
            add($"{at}.text", problem);
            parses = false;
        }

        if (!parses)
        {
            return;
        }

        var sample = SampleContext.For(locale == "default" ? "en-US" : locale);
        try
        {
            new EmailRenderer().Render(content, sample);
        }
        catch (EmailRenderException)
        {
            // The first render in a process also pays for loading and compiling Scriban, which on a loaded machine can
            // exceed the time budget by itself: a template is refused only if a second, warm render fails too.
            try
            {
                new EmailRenderer().Render(content, sample);
            }
            catch (EmailRenderException failure)
            {
                add(at, $"automation {automationId}, locale {locale}: rendering with sample data failed: {failure.Message}");
            }
        }
    }
}
