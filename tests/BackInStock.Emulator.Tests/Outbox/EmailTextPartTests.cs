using BackInStock.Emulator.Automations;
using BackInStock.Emulator.Catalog;
using BackInStock.Emulator.Outbox;
using BackInStock.Emulator.Tests.Triggering;

namespace BackInStock.Emulator.Tests.Outbox;

/// <summary>Every email has a text part: the automation's text template rendered, or its HTML made into text.</summary>
public sealed class EmailTextPartTests
{
    private static TriggerContext Context(string? image = null, string? link = "https://shop.example.com/p/1") =>
        ConditionContext.For(product: ConditionContext.Product() with { ImageUrl = image, Link = link });

    [Fact]
    public void Without_a_text_template_the_text_is_made_from_the_rendered_html()
    {
        var (_, html, text) = new EmailRenderer().Render(new EmailContent("s", "<p>{{ product.title }} &amp; more</p><p><a href=\"{{ product.link }}\">Buy</a></p>"), Context());

        text.Should().Be(HtmlText.From(html)).And.Be("Trail shoe & more\n\nBuy (https://shop.example.com/p/1)\n");
    }

    [Fact]
    public void A_text_template_is_rendered_with_the_same_model()
    {
        var (_, _, text) = new EmailRenderer().Render(new EmailContent("s", "<p>ignored</p>", "Hi {{ contact.first_name }}: {{ product.title }} ({{ stock.quantity }})"), Context());

        text.Should().Be("Hi Ada: Trail shoe (5)");
    }

    [Fact]
    public void A_text_template_over_its_budget_fails_the_email_naming_the_text_part()
    {
        var render = () => new EmailRenderer().Render(new EmailContent("s", "<p>ok</p>", "{{ for i in 1..20000 }}x{{ end }}"), Context());

        render.Should().Throw<EmailRenderException>().WithMessage("text: *");
    }

    [Fact]
    public void An_automation_with_a_text_template_that_does_not_parse_is_refused_naming_it()
    {
        var automation = DefaultAutomation.Create() with { Email = new EmailTemplate(new EmailContent("s", "<p>ok</p>", "{{ if }}"), new Dictionary<string, EmailContent>()) };
        using var fixture = new EmulatorFixture("memory");

        var replace = () => fixture.Emulator.Automations.Replace([automation]);

        replace.Should().Throw<Errors.EmulatorException>().Which.Fields!.Keys.Should().Contain("$[0].email.default.text");
    }

    [Fact]
    public void A_product_image_given_as_a_path_is_made_absolute_against_the_gateways_origin()
    {
        var content = new EmailContent("s", "{{ product.image_url }}|{{ product.link }}");
        var context = Context(image: DemoCatalog.ImagePath("BIS-1 M"), link: "/p/1");

        new EmailRenderer(origin: new Uri("http://localhost:5080")).Render(content, context).Html
            .Should().Be("http://localhost:5080/demo/images/BIS-1%20M.svg|http://localhost:5080/p/1");
        new EmailRenderer().Render(content, context).Html.Should().Be("|", "without an origin a path goes nowhere, so it reads as missing");
    }

    [Fact]
    public void An_absolute_or_protocol_relative_address_is_left_as_it_is()
    {
        var content = new EmailContent("s", "{{ product.image_url }}|{{ product.link }}");

        new EmailRenderer(origin: new Uri("http://localhost:5080")).Render(content, Context(image: "https://cdn.example.com/a.png", link: "//evil.example.com/x")).Html
            .Should().Be("https://cdn.example.com/a.png|");
    }

    [Fact]
    public void The_default_template_fits_a_phone_screen()
    {
        var (_, html, text) = new EmailRenderer().Render(DefaultAutomation.Create().Email!.Default, SampleContext.For("en-US"));

        html.Should().Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        text.Should().StartWith("Good news, Sam!").And.NotContain("<").And.Contain("Shop now (https://shop.example.com/products/sample)");
    }

    [Fact]
    public void Demo_images_are_the_same_for_a_sku_differ_between_skus_and_escape_it()
    {
        DemoImage.Svg("BIS-10001-L").Should().Be(DemoImage.Svg("BIS-10001-L")).And.StartWith("<svg").And.Contain("BIS-10001-L");
        DemoImage.Svg("BIS-10001-L").Should().NotBe(DemoImage.Svg("BIS-10002-L"));
        DemoImage.Svg("<script>&").Should().NotContain("<script>").And.Contain("&lt;script&gt;&amp;");
        DemoImage.Svg(new string('x', 200)).Should().Contain(new string('x', 23) + "…").And.NotContain(new string('x', 24));
        DemoImage.Svg("a").Length.Should().BeLessThan(1024, "a demo image is tiny");
    }
}
