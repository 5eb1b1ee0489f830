using BackInStock.Gateway.Generated;
using Domain = BackInStock.Emulator.Automations;

namespace BackInStock.Gateway.Handlers.Mapping;

/// <summary>Automations between the contract's shape and the emulator's.</summary>
internal static class AutomationMapping
{
    public static Automation ToDto(Domain.Automation a) => new()
    {
        Id = a.Id,
        Name = a.Name,
        Enabled = a.Enabled,
        MinimumQuantity = a.MinimumQuantity,
        Conditions = a.Conditions.Select(c => new AutomationCondition
        {
            Type = Enum.Parse<ConditionType>(c.Type.ToString()),
            Operator = c.Operator,
            Field = c.Field,
            Values = c.Values?.ToList(),
            Days = c.Days,
        }).ToList(),
        Email = a.Email is null ? null : new AutomationEmail
        {
            Default = ToDto(a.Email.Default),
            ByLocale = a.Email.ByLocale.ToDictionary(p => p.Key, p => ToDto(p.Value)),
        },
    };

    public static Domain.Automation ToDomain(Automation a) => new(
        a.Id,
        a.Name,
        a.Enabled,
        a.MinimumQuantity,
        a.Conditions.Select(c => new Domain.AutomationCondition(Enum.Parse<Domain.ConditionType>(c.Type.ToString()), c.Operator, c.Field, c.Values?.ToList(), c.Days)).ToList(),
        a.Email is null ? null : new Domain.EmailTemplate(
            ToDomain(a.Email.Default),
            (a.Email.ByLocale ?? new Dictionary<string, EmailContent>()).ToDictionary(p => p.Key, p => ToDomain(p.Value), StringComparer.OrdinalIgnoreCase)));

    private static EmailContent ToDto(Domain.EmailContent c) => new() { Subject = c.Subject, Html = c.Html, Text = c.Text };

    private static Domain.EmailContent ToDomain(EmailContent c) => new(c.Subject, c.Html, c.Text);
}
