namespace BackInStock.Bench.Results;

internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// The median of a/b over the rounds both ran: each round's two figures were measured minutes apart at most,
    /// so the machine's other load (shared by several people) weighs on both alike.
    /// </summary>
    public static double PairedRatio(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        Median(a.Zip(b).Where(p => p.Second > 0).Select(p => p.First / p.Second).ToList());
}
