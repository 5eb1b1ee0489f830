using System.Globalization;
using System.Xml.Linq;

namespace BackInStock.Bench.Results;

/// <summary>
/// bench/results.svg, written by hand (no chart library): requests per second per HTTP scenario beside
/// the control and Prism, the trigger's time by batch size, start-up; each goal as a red marker.
/// </summary>
internal static class ResultsChart
{
    private const double Width = 860;
    private const double LabelWidth = 370;
    private const double BarLeft = LabelWidth + 10;
    private const double BarWidth = 380;
    private const double RowHeight = 22;
    private const double BarHeight = 14;
    private const double GroupGap = 8;
    private const string GoalColour = "#d62728";

    private static readonly double[] Steps = [1, 2, 5, 10];

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Dictionary<string, (string Colour, string Name)> Kinds = new()
    {
        ["control"] = ("#7f7f7f", "bare Kestrel control"),
        ["memory"] = ("#1f77b4", "gateway, memory store"),
        ["file"] = ("#ff7f0e", "gateway, file store"),
        ["prism"] = ("#9467bd", "Prism mock"),
        ["disk"] = ("#bcbd22", "this disk, 4 KiB O_DSYNC writes"),
    };

    public static string Render(InProcessResults? inProcess, HttpResults? http) => Render(Panels(inProcess, http));

    public static IReadOnlyList<ChartPanel> Panels(InProcessResults? inProcess, HttpResults? http)
    {
        var panels = new List<ChartPanel>();
        if (http is not null)
        {
            var control = http.Scenarios.FirstOrDefault(s => s.Id == "control")?.Median;
            var bars = http.Scenarios.Select(s => new ChartBar(
                s.Label,
                s.Median,
                KindOf(s.Id),
                s.Id.StartsWith("get-", StringComparison.Ordinal) ? Goals.GetLimit * control : s.Id == "post-file" ? Goals.DurableLimit * http.Disk.Median : null)).ToList();
            if (http.Disk.WritesPerSecond.Count > 0)
            {
                bars.Add(new ChartBar("this disk: 4 KiB O_DSYNC writes", http.Disk.Median, "disk"));
            }

            panels.Add(new ChartPanel("HTTP requests per second", F($"wrk {http.Wrk}, loopback, median of the runs; goals: GET ≥ 0.9 × control, durable POST ≥ the disk's O_DSYNC rate"), "/s", bars));
            var controlStart = Stats.Median(http.Startup.Control);
            panels.Add(new ChartPanel("Start-up to the first 200", F($"process start to the first 200, median of {http.Startup.Control.Count} alternated starts; goal ≤ 1.2 × control"), " ms",
            [
                new ChartBar("bare Kestrel control", controlStart, "control"),
                new ChartBar("gateway, memory store", Stats.Median(http.Startup.Memory), "memory", Goals.StartupLimit * controlStart),
                new ChartBar("gateway, file store", Stats.Median(http.Startup.File), "file", Goals.StartupLimit * controlStart),
            ]));
        }

        if (inProcess is not null)
        {
            var bars = inProcess.Trigger
                .OrderBy(t => t.Items).ThenBy(t => t.Store == "file")
                .Select(t => new ChartBar(F($"{t.Items:N0}-item PUT, {t.Store} store ({t.Emails:N0} emails)"), t.Median, t.Store, t.Items == 1_000 ? Goals.TriggerSeconds * 1000 : null, F($"{t.Items}")))
                .ToList();
            panels.Add(new ChartPanel("Stock-level trigger: PUT to every email committed", F($"in-process, {inProcess.Subscriptions:N0} subscriptions, median of {inProcess.Rounds} runs per size; goal: 1,000 items ≤ 1 s"), " ms", bars));
        }

        return panels;
    }

    public static string Render(IReadOnlyList<ChartPanel> panels)
    {
        var body = new List<XElement>();
        var y = 10.0;
        foreach (var panel in panels)
        {
            y = Panel(body, panel, y) + 24;
        }

        y = Legend(body, y);
        var svg = new XElement(
            Svg + "svg",
            new XAttribute("width", N(Width)),
            new XAttribute("height", N(y)),
            new XAttribute("viewBox", F($"0 0 {N(Width)} {N(y)}")),
            new XAttribute("font-family", "Helvetica, Arial, sans-serif"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", "BackInStock benchmarks"),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            body);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), svg).Declaration + "\n" + svg + "\n";
    }

    private static double Panel(List<XElement> body, ChartPanel panel, double y)
    {
        body.Add(Text(10, y + 14, panel.Title, ("font-size", "15"), ("font-weight", "bold")));
        body.Add(Text(10, y + 31, panel.Subtitle, ("fill", "#555555"), ("font-size", "11")));
        y += 44;
        var top = y;
        var scale = Scale(panel.Bars.Select(b => Math.Max(b.Value, b.Goal ?? 0)).DefaultIfEmpty(1).Max());
        var rows = new List<(ChartBar Bar, double Y)>();
        string? group = null;
        foreach (var bar in panel.Bars)
        {
            if (group is not null && bar.Group != group)
            {
                y += GroupGap;
            }

            group = bar.Group;
            rows.Add((bar, y));
            y += RowHeight;
        }

        // Grid first, so the bars sit on it.
        for (var tick = 0.0; tick <= scale.Max + scale.Step / 2; tick += scale.Step)
        {
            var x = BarLeft + tick / scale.Max * BarWidth;
            body.Add(Line(x, top - 2, x, y, "#e5e5e5", 1));
            body.Add(Text(x, y + 13, tick.ToString("#,0.##", CultureInfo.InvariantCulture), ("text-anchor", "middle"), ("fill", "#555555"), ("font-size", "10")));
        }

        foreach (var (bar, rowY) in rows)
        {
            var length = Math.Max(0, bar.Value) / scale.Max * BarWidth;
            var middle = rowY + RowHeight / 2;
            body.Add(Text(LabelWidth, middle + 4, bar.Label, ("text-anchor", "end")));
            body.Add(new XElement(
                Svg + "rect",
                new XAttribute("class", "bar"),
                new XAttribute("data-label", bar.Label),
                new XAttribute("data-value", N(bar.Value)),
                new XAttribute("x", N(BarLeft)),
                new XAttribute("y", N(middle - BarHeight / 2)),
                new XAttribute("width", N(length)),
                new XAttribute("height", N(BarHeight)),
                new XAttribute("fill", Kinds.GetValueOrDefault(bar.Kind, ("#333333", bar.Kind)).Item1),
                new XElement(Svg + "title", F($"{bar.Label}: {Value(bar.Value, panel.Unit)}"))));
            // After the bar, or after its goal marker when that lies beyond, so the marker never crosses the figure.
            var valueAt = Math.Max(length, (bar.Goal ?? 0) / scale.Max * BarWidth + 2);
            body.Add(Text(BarLeft + valueAt + 5, middle + 4, Value(bar.Value, panel.Unit), ("class", "value")));
            if (bar.Goal is { } goal)
            {
                var x = BarLeft + goal / scale.Max * BarWidth;
                var marker = Line(x, middle - BarHeight / 2 - 3, x, middle + BarHeight / 2 + 3, GoalColour, 2.5);
                marker.Add(new XAttribute("class", "goal"), new XAttribute("data-value", N(goal)), new XElement(Svg + "title", F($"goal: {Value(goal, panel.Unit)}")));
                body.Add(marker);
            }
        }

        body.Add(Line(BarLeft, top - 2, BarLeft, y, "#333333", 1));
        return y + 16;
    }

    private static double Legend(List<XElement> body, double y)
    {
        var x = 10.0;
        foreach (var (colour, name) in Kinds.Values)
        {
            body.Add(new XElement(Svg + "rect", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("width", "12"), new XAttribute("height", "12"), new XAttribute("fill", colour)));
            body.Add(Text(x + 16, y + 10, name, ("font-size", "11")));
            x += 28 + name.Length * 6;
        }

        body.Add(Line(x + 6, y - 2, x + 6, y + 14, GoalColour, 2.5));
        body.Add(Text(x + 14, y + 10, "goal", ("font-size", "11")));
        return y + 24;
    }

    /// <summary>An axis end of 1, 2 or 5 × 10ⁿ steps covering the largest value in about five ticks.</summary>
    private static (double Max, double Step) Scale(double largest)
    {
        if (largest <= 0 || !double.IsFinite(largest))
        {
            return (1, 1);
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(largest / 5)));
        var step = Steps.Select(m => m * magnitude).First(s => largest / s <= 6);
        return (Math.Ceiling(largest / step) * step, step);
    }

    private static string KindOf(string id) =>
        id == "control" ? "control" : id.StartsWith("prism", StringComparison.Ordinal) ? "prism" : id.EndsWith("-file", StringComparison.Ordinal) ? "file" : "memory";

    private static XElement Text(double x, double y, string text, params (string Name, string Value)[] attributes) =>
        new(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), attributes.Select(a => new XAttribute(a.Name, a.Value)), text);

    private static XElement Line(double x1, double y1, double x2, double y2, string colour, double width) =>
        new(Svg + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)), new XAttribute("stroke", colour), new XAttribute("stroke-width", N(width)));

    private static string Value(double value, string unit) => value.ToString("#,0", CultureInfo.InvariantCulture) + unit;

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
