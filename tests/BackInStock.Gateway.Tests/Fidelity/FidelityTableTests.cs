using System.Text.Json.Nodes;
using BackInStock.Gateway.Tests.Portable;

namespace BackInStock.Gateway.Tests.Fidelity;

/// <summary>The generated fidelity table: complete, and committed as generated.</summary>
public sealed class FidelityTableTests
{
    private static readonly IReadOnlyList<FidelityPoint> Points = FidelityPoint.Read(ContractDocument.Instance.Root);

    /// <summary>Regenerates docs/fidelity.md and fails when the committed copy was stale (CI runs on a clean clone).</summary>
    [Fact]
    public void The_committed_fidelity_table_is_the_generated_one()
    {
        var path = Path.Combine(Repository.Root, FidelityTable.RelativePath);
        var generated = FidelityTable.Render(Points);
        var committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (committed != generated)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        committed.Should().Be(generated, $"{FidelityTable.RelativePath} is generated from the contract; it has just been regenerated, commit it");
    }

    [Fact]
    public void Every_operation_of_the_contract_has_one_row_with_a_known_level()
    {
        var operations = ContractDocument.Instance.Root["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(m => m.Value is JsonObject operation ? operation["operationId"]?.ToString() : null).OfType<string>())
            .ToList();

        Points.Where(p => p.IsOperation).Select(p => p.OperationId).Should().BeEquivalentTo(operations);
        Points.Should().OnlyContain(p => FidelityPoint.Levels.Contains(p.Level) && p.Evidence.Length > 0);
    }

    [Fact]
    public void A_point_is_named_by_where_it_stands()
    {
        var contract = Drift.OpenApiShape.FromYaml("""
            paths:
              /things/{id}:
                post:
                  operationId: MakeThing
                  x-fidelity: "documented: https://example.com/things"
                  parameters:
                    - name: id
                      in: path
                      schema: { type: string, x-fidelity: "inferred: from the examples" }
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: array
                          items: { properties: { sku: { type: string, x-fidelity: "emulator: a limit" } } }
                  responses:
                    '201': { description: made, x-fidelity: "observed: acme/client src/things.ts" }
            components:
              schemas:
                Thing: { properties: { id: { type: string, x-fidelity: "inferred: GUIDs in every example" } } }
              responses:
                Gone: { description: gone, x-fidelity: "emulator: why" }
            """);

        FidelityPoint.Read(contract).Should().Equal(
            new FidelityPoint("POST /things/{id}", "documented", "https://example.com/things", "MakeThing"),
            new FidelityPoint("POST /things/{id} › parameter id", "inferred", "from the examples"),
            new FidelityPoint("POST /things/{id} › body[].sku", "emulator", "a limit"),
            new FidelityPoint("POST /things/{id} › response 201", "observed", "acme/client src/things.ts"),
            new FidelityPoint("schema Thing.id", "inferred", "GUIDs in every example"),
            new FidelityPoint("response Gone", "emulator", "why"));
    }
}
