namespace BackInStock.Bench.Results;

/// <summary>One horizontal bar; <see cref="Goal"/> is drawn as a marker on its row, <see cref="Group"/> changes leave a gap.</summary>
internal sealed record ChartBar(string Label, double Value, string Kind, double? Goal = null, string Group = "");

/// <summary>A titled set of bars sharing one linear scale starting at zero.</summary>
internal sealed record ChartPanel(string Title, string Subtitle, string Unit, IReadOnlyList<ChartBar> Bars);
