using System.Text;

namespace BackInStock.Gateway.Tests.Fidelity;

/// <summary>docs/fidelity.md: every x-fidelity of the contract as a table, operations first, in the contract's order.</summary>
public static class FidelityTable
{
    public const string RelativePath = "docs/fidelity.md";

    public static string Render(IReadOnlyList<FidelityPoint> points)
    {
        var operations = points.Where(p => p.IsOperation).ToList();
        var others = points.Where(p => !p.IsOperation).ToList();
        var text = new StringBuilder();
        text.Append("""
            # Fidelity: how far to trust each answer

            Generated from `contracts/openapi.yaml` by `FidelityTableTests` (tests/BackInStock.Gateway.Tests/Fidelity):
            `make test` regenerates this file and fails while the committed copy differs, so commit it after a contract change.
            Each row is an `x-fidelity` string of the contract; Scalar (`/scalar`) shows the same level on each operation.

            - **documented**: a vendor page says so; the evidence names its URL.
            - **observed**: public client code or an SDK generated from the vendor's swagger shows it; the evidence names the repository.
            - **inferred**: our reading where the pages are silent; the evidence says from what. `make contract-suite` against a
              real tenant reports whether the tenant answers each one as the emulator does.
            - **emulator**: the emulator's own decision or route, not Engage's; the evidence says why.


            """);
        text.Append("Operations: ").Append(Counts(operations)).Append(". Responses and fields: ").Append(Counts(others)).Append(".\n\n");
        text.Append("## Operations\n\n| operation | operationId | level | evidence |\n| --- | --- | --- | --- |\n");
        foreach (var point in operations)
        {
            text.Append($"| `{point.Where}` | {point.OperationId} | {point.Level} | {Cell(point.Evidence)} |\n");
        }

        text.Append("\n## Responses, parameters and fields\n\n| where | level | evidence |\n| --- | --- | --- |\n");
        foreach (var point in others)
        {
            text.Append($"| `{point.Where}` | {point.Level} | {Cell(point.Evidence)} |\n");
        }

        return text.ToString();
    }

    private static string Counts(List<FidelityPoint> points) =>
        $"{points.Count} ({string.Join(", ", FidelityPoint.Levels.Select(level => $"{points.Count(p => p.Level == level)} {level}"))})";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
