using System.Text;
using BackInStock.Gateway.Tests.Fidelity;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>One inferred point as a tenant answered it: "match", "differs" (with both answers) or "not exercised" (with why).</summary>
public sealed record PointVerdict(string Point, string Verdict, string Detail);

/// <summary>
/// The portable suite's answer to "where does this tenant match the emulator's inferred points?": every `inferred`
/// point of the contract, each probe run against the tenant and against the emulator, the answers compared.
/// </summary>
public static class FidelityReport
{
    public static IReadOnlyList<string> InferredPoints { get; } =
        FidelityPoint.Read(ContractDocument.Instance.Root).Where(p => p.Level == "inferred").Select(p => p.Where).Distinct().ToList();

    public static async Task<IReadOnlyList<PointVerdict>> RunAsync(SuiteTarget tenant, SuiteTarget emulator)
    {
        var verdicts = new List<PointVerdict>();
        foreach (var point in InferredPoints)
        {
            if (!InferredPointProbes.ByPoint.TryGetValue(point, out var probe))
            {
                verdicts.Add(new PointVerdict(point, "not exercised", InferredPointProbes.WhyNotExercised(point)));
                continue;
            }

            var seen = await probe(new SuiteRun(tenant, ContractDocument.Instance));
            var expected = await probe(new SuiteRun(emulator, ContractDocument.Instance));
            verdicts.Add(seen == expected
                ? new PointVerdict(point, "match", seen)
                : new PointVerdict(point, "differs", $"the tenant: {seen}; the emulator: {expected}"));
        }

        return verdicts;
    }

    public static string Render(string tenant, IReadOnlyList<PointVerdict> verdicts)
    {
        var text = new StringBuilder($"Inferred points (docs/fidelity.md): how {tenant} answers each, beside the emulator\n");
        foreach (var verdict in verdicts)
        {
            text.Append($"  {verdict.Verdict,-14} {verdict.Point}: {verdict.Detail}\n");
        }

        var counts = verdicts.GroupBy(v => v.Verdict).ToDictionary(g => g.Key, g => g.Count());
        return text.Append($"{verdicts.Count} points: {counts.GetValueOrDefault("match")} match, {counts.GetValueOrDefault("differs")} differ, {counts.GetValueOrDefault("not exercised")} not exercised.\n").ToString();
    }
}
