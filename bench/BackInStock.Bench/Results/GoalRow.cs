using System.Globalization;

namespace BackInStock.Bench.Results;

/// <summary>
/// One goal of issue 16 as measured: a ratio held against a limit (at most or at least). Absolute goals
/// (1 s, 15 s, 120 MB) are ratios too, of the measured value to the goal, so every row reads the same way.
/// </summary>
internal sealed record GoalRow(string Measure, string Measured, double? Ratio, bool AtMost, double Limit, string? Need = null)
{
    public string GoalText => string.Create(CultureInfo.InvariantCulture, $"{(AtMost ? "≤" : "≥")} {Limit:0.0#}");

    public string RatioText => Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    public bool? Met => Ratio is { } r && double.IsFinite(r) ? (AtMost ? r <= Limit : r >= Limit) : null;

    /// <summary>"met", or how far off as a share of the limit, and what the measure would need to be.</summary>
    public string Verdict => Met switch
    {
        null => "not measured in this run",
        true => "met",
        false => string.Create(CultureInfo.InvariantCulture, $"not met: {100 * (AtMost ? Ratio!.Value / Limit - 1 : 1 - Ratio!.Value / Limit):0}% {(AtMost ? "over" : "short")}{(Need is null ? "" : "; " + Need)}"),
    };

    public static GoalRow NotMeasured(string measure, bool atMost, double limit) => new(measure, "not measured in this run", null, atMost, limit);
}
