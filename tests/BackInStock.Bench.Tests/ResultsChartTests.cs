using System.Globalization;
using System.Xml.Linq;
using BackInStock.Bench.Results;

namespace BackInStock.Bench.Tests;

public class ResultsChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_chart_is_well_formed_SVG_with_a_bar_per_HTTP_scenario_holding_its_median_and_its_label()
    {
        var http = SampleResults.Http();

        var chart = XDocument.Parse(ResultsChart.Render(null, http));

        chart.Root!.Name.Should().Be(Svg + "svg");
        var bars = Bars(chart);
        foreach (var scenario in http.Scenarios)
        {
            bars.Should().ContainSingle(b => (string)b.Attribute("data-label")! == scenario.Label)
                .Which.Attribute("data-value")!.Value.Should().Be(scenario.Median.ToString(CultureInfo.InvariantCulture));
            Texts(chart).Should().Contain(scenario.Label).And.Contain(scenario.Median.ToString("#,0", CultureInfo.InvariantCulture) + "/s");
        }

        bars.Should().ContainSingle(b => (string)b.Attribute("data-label")! == "this disk: 4 KiB O_DSYNC writes")
            .Which.Attribute("data-value")!.Value.Should().Be("3100");
    }

    [Fact]
    public void Bars_of_one_panel_are_as_long_as_their_values_on_one_scale()
    {
        var chart = XDocument.Parse(ResultsChart.Render(null, SampleResults.Http()));

        var control = Bar(chart, "bare Kestrel control, same-sized JSON");
        var get = Bar(chart, "gateway (memory): GET a contact's subscriptions");

        (Width(get) / Width(control)).Should().BeApproximately(32_000.0 / 42_000, 0.01);
    }

    [Fact]
    public void The_trigger_panel_has_a_bar_per_store_and_batch_size_in_ms_and_the_1_s_goal_on_the_1000_item_bars_only()
    {
        var chart = XDocument.Parse(ResultsChart.Render(SampleResults.InProcess(), null));

        foreach (var (store, items, median) in new[] { ("memory", 1, 120), ("memory", 100, 418), ("memory", 1_000, 2_105), ("file", 1, 100), ("file", 100, 1_474), ("file", 1_000, 6_197) })
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"{items:N0}-item PUT, {store} store ({items * 10:N0} emails)");
            Bar(chart, label).Attribute("data-value")!.Value.Should().Be(median.ToString(CultureInfo.InvariantCulture));
            Texts(chart).Should().Contain(median.ToString("#,0", CultureInfo.InvariantCulture) + " ms");
        }

        var goals = chart.Descendants(Svg + "line").Where(l => (string?)l.Attribute("class") == "goal").ToList();
        goals.Should().HaveCount(2).And.OnlyContain(g => (string)g.Attribute("data-value")! == "1000");
    }

    [Fact]
    public void A_goal_marker_sits_where_its_value_falls_on_the_bars_scale()
    {
        var chart = XDocument.Parse(ResultsChart.Render(null, SampleResults.Http()));

        var control = Bar(chart, "bare Kestrel control, same-sized JSON");
        var marker = chart.Descendants(Svg + "line").First(l => (string?)l.Attribute("class") == "goal");

        // The GETs' goal is 0.9 × the control's median.
        var x = double.Parse(marker.Attribute("x1")!.Value, CultureInfo.InvariantCulture) - double.Parse(control.Attribute("x")!.Value, CultureInfo.InvariantCulture);
        (x / Width(control)).Should().BeApproximately(0.9, 0.01);
    }

    [Fact]
    public void Labels_with_markup_characters_stay_text()
    {
        var panel = new ChartPanel("<title> & more", "a \"quoted\" subtitle", "/s", [new ChartBar("<script>alert(1)</script> & co", 5, "memory")]);

        var chart = XDocument.Parse(ResultsChart.Render([panel]));

        chart.Descendants(Svg + "script").Should().BeEmpty();
        Texts(chart).Should().Contain("<script>alert(1)</script> & co").And.Contain("<title> & more");
    }

    private static List<XElement> Bars(XDocument chart) =>
        chart.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToList();

    private static XElement Bar(XDocument chart, string label) =>
        Bars(chart).Single(b => (string)b.Attribute("data-label")! == label);

    private static double Width(XElement bar) => double.Parse(bar.Attribute("width")!.Value, CultureInfo.InvariantCulture);

    private static List<string> Texts(XDocument chart) => chart.Descendants(Svg + "text").Select(t => t.Value).ToList();
}
