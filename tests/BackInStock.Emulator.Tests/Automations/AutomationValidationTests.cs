using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Errors;

namespace BackInStock.Emulator.Tests.Automations;

/// <summary>A set of automations replaces the old one only when all of it is valid; each problem is named by its path.</summary>
public sealed class AutomationValidationTests
{
    private static EmulatorException Refused(params Automation[] automations)
    {
        using var fixture = new EmulatorFixture("memory");
        var refused = FluentActions.Invoking(() => fixture.Emulator.Automations.Replace(automations)).Should().Throw<EmulatorException>().Which;
        fixture.Emulator.Automations.List().Should().ContainSingle().Which.Should().BeEquivalentTo(DefaultAutomation.Create(), "nothing of a refused set is stored");
        return refused;
    }

    private static Automation WithTemplate(string subject, string html) =>
        DefaultAutomation.Create() with { Email = new EmailTemplate(new EmailContent(subject, html), new Dictionary<string, EmailContent>()) };

    [Fact]
    public void A_new_tenant_has_the_default_automation()
    {
        using var fixture = new EmulatorFixture("memory");

        fixture.Emulator.Automations.List().Should().ContainSingle().Which.Should().BeEquivalentTo(DefaultAutomation.Create());
    }

    [Fact]
    public void A_valid_set_replaces_the_old_one()
    {
        using var fixture = new EmulatorFixture("memory");
        var automation = DefaultAutomation.Create();
        Automation[] set = [automation with { Id = "a" }, automation with { Id = "b", Conditions = [new AutomationCondition(ConditionType.Locale, "in", Values: ["sv-SE"])] }];

        fixture.Emulator.Automations.Replace(set).Should().BeSameAs(set);

        fixture.Emulator.Automations.List().Select(a => a.Id).Should().Equal("a", "b");
    }

    [Fact]
    public void An_id_used_more_than_once_is_refused_once_per_id()
    {
        var automation = DefaultAutomation.Create();

        var refused = Refused(automation with { Id = "a" }, automation with { Id = "a" }, automation with { Id = "b" }, automation with { Id = "b" }, automation with { Id = "c" });

        refused.Error.Should().Be(ErrorCatalogue.ValidationError);
        refused.Message.Should().Be("1 field(s) of the automations are invalid.");
        refused.Fields.Should().BeEquivalentTo(new Dictionary<string, List<string>>
        {
            ["$"] = ["the id 'a' is used more than once.", "the id 'b' is used more than once."],
        });
    }

    [Fact]
    public void Each_condition_problem_is_named_by_its_automation_and_condition()
    {
        var automation = DefaultAutomation.Create();

        var refused = Refused(
            automation with { Id = "a" },
            automation with { Id = "b", Conditions = [new AutomationCondition(ConditionType.Locale, "in", Values: ["sv-SE"]), new AutomationCondition(ConditionType.Quantity, "equals", Values: ["x"])] });

        refused.Message.Should().Be("1 field(s) of the automations are invalid.");
        refused.Fields!.Keys.Should().Equal("$[1].conditions[1].values");
    }

    [Fact]
    public void A_body_that_does_not_parse_is_refused_on_its_own_path_and_not_rendered()
    {
        var refused = Refused(WithTemplate("Back in stock", "<p>{{ if }}</p>"));

        refused.Fields!.Keys.Should().Equal("$[0].email.default.html");
    }

    [Fact]
    public void A_subject_and_a_body_that_do_not_parse_are_both_refused()
    {
        var refused = Refused(WithTemplate("{{ end }}", "{{ for }}"));

        refused.Fields!.Keys.Should().BeEquivalentTo("$[0].email.default.subject", "$[0].email.default.html");
        refused.Message.Should().Be("2 field(s) of the automations are invalid.");
    }

    [Fact]
    public void The_default_content_that_fails_on_sample_data_is_refused_naming_the_default()
    {
        var refused = Refused(WithTemplate("Back", "{{ for i in 1..20000 }}x{{ end }}"));

        refused.Fields.Should().ContainKey("$[0].email.default")
            .WhoseValue.Should().ContainSingle().Which.Should().StartWith("automation back-in-stock, locale default: rendering with sample data failed: ");
    }

    [Fact]
    public void The_default_content_is_tried_on_an_en_US_sample()
    {
        using var fixture = new EmulatorFixture("memory");

        var replace = () => fixture.Emulator.Automations.Replace([WithTemplate("Back", "{{ if subscription.locale != 'en-US' }}{{ for i in 1..20000 }}x{{ end }}{{ end }}ok")]);

        replace.Should().NotThrow();
    }

    [Fact]
    public void Locale_content_is_tried_on_a_sample_in_its_own_locale()
    {
        using var fixture = new EmulatorFixture("memory");
        var automation = DefaultAutomation.Create();
        var content = new EmailContent("Tillbaka", "{{ if subscription.locale != 'sv-SE' }}{{ for i in 1..20000 }}x{{ end }}{{ end }}ok");

        var replace = () => fixture.Emulator.Automations.Replace([automation with { Email = automation.Email! with { ByLocale = new Dictionary<string, EmailContent> { ["sv-SE"] = content } } }]);

        replace.Should().NotThrow();
    }
}
