using System.Diagnostics;
using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Outbox;

using BackInStock.Emulator.Tests.Triggering;

namespace BackInStock.Emulator.Tests.Outbox;

public sealed class EmailRendererTests
{
    private static TriggerContext Context(string email = "ada@example.com", string? link = "https://shop.example.com/p/1") =>
        ConditionContext.For(product: ConditionContext.Product() with { Link = link }, contact: ConditionContext.Contact() with { Email = email });

    [Fact]
    public void A_loop_longer_than_the_budget_fails_the_email_instead_of_rendering_forever()
    {
        var renderer = new EmailRenderer();

        var render = () => renderer.Render(new EmailContent("s", "{{ for i in 1..20000 }}x{{ end }}"), Context());

        render.Should().Throw<EmailRenderException>().WithMessage("html: *loop*");
    }

    [Fact]
    public void A_backtracking_regex_in_a_loop_stops_at_the_time_budget()
    {
        var renderer = new EmailRenderer(RenderBudget.Default with { LoopIterations = 100_000 });
        var evil = "{{ for i in 1..100000 }}{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}{{ end }}";
        var clock = Stopwatch.StartNew();

        var render = () => renderer.Render(new EmailContent("s", evil), Context());

        render.Should().Throw<EmailRenderException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "one email may spend its budget, not the batch's time");
    }

    [Fact]
    public void A_cheap_loop_that_runs_too_long_stops_at_the_time_budget()
    {
        var renderer = new EmailRenderer(RenderBudget.Default with { LoopIterations = int.MaxValue, Time = TimeSpan.FromMilliseconds(100) });
        var clock = Stopwatch.StartNew();

        var render = () => renderer.Render(new EmailContent("s", "{{ for i in 1..2000000000 }}{{ end }}"), Context());

        render.Should().Throw<EmailRenderException>().WithMessage("html: rendering took longer than its budget of 100 ms.");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Output_over_the_budget_fails_rather_than_filling_the_outbox()
    {
        var renderer = new EmailRenderer(RenderBudget.Default with { OutputCharacters = 1000 });

        var render = () => renderer.Render(new EmailContent("s", "{{ for i in 1..900 }}xx{{ end }}"), Context());

        render.Should().Throw<EmailRenderException>();
    }

    [Fact]
    public void The_output_budget_is_per_email_not_per_renderer()
    {
        var renderer = new EmailRenderer(RenderBudget.Default with { OutputCharacters = 1000 });
        var content = new EmailContent("s", "{{ for i in 1..300 }}xx{{ end }}");

        for (var i = 0; i < 20; i++)
        {
            renderer.Render(content, Context()).Html.Should().HaveLength(600);
        }
    }

    [Theory]
    [InlineData("{{ product.title | math.abs }}")]
    [InlineData("{{ product.attributes.brand.name.first | string.upcase }}{{ 1 / 0 }}")]
    [InlineData("{{ include 'other' }}")]
    public void A_template_that_fails_at_run_time_is_an_email_failure(string html)
    {
        var renderer = new EmailRenderer();

        var render = () => renderer.Render(new EmailContent("s", html), Context());

        render.Should().Throw<EmailRenderException>().WithMessage("html: *");
    }

    [Fact]
    public void A_renderer_whose_last_email_failed_renders_the_next_one_cleanly()
    {
        var renderer = new EmailRenderer();
        var broken = () => renderer.Render(new EmailContent("s", "{{ for i in 1..20000 }}x{{ end }}"), Context());
        broken.Should().Throw<EmailRenderException>();

        renderer.Render(new EmailContent("{{ product.title }}", "<p>{{ contact.first_name }}</p>"), Context())
            .Should().Be(("Trail shoe", "<p>Ada</p>", "Ada\n"));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "")]
    [InlineData(" JavaScript:alert(1)", "")]
    [InlineData("data:text/html,<script>x</script>", "")]
    [InlineData("https://shop.example.com/p/1", "https://shop.example.com/p/1")]
    [InlineData("mailto:shop@example.com", "mailto:shop@example.com")]
    public void Templates_see_only_http_https_and_mailto_links(string link, string seen)
    {
        var (_, html, _) = new EmailRenderer().Render(new EmailContent("s", "{{ product.link }}"), Context(link: link));

        html.Should().Be(seen);
    }

    [Fact]
    public void The_default_template_escapes_what_a_contact_or_feed_supplies()
    {
        var content = DefaultAutomation.Create().Email!.Default;
        var context = Context(link: "https://shop.example.com/?a=1&b=\"><script>x</script>") with
        {
            Contact = ConditionContext.Contact() with { Email = "\"<img/src/onerror=alert(1)>\"@evil.com", FirstName = "<b>Kim</b>" },
        };

        var (_, html, _) = new EmailRenderer().Render(content, context);

        html.Should().NotContain("<b>").And.NotContain("<script>").And.NotContain("<img/src").And.Contain("&lt;b&gt;Kim&lt;/b&gt;");
    }
}
