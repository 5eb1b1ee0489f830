using System.Text.Json.Nodes;
using BackInStock.Gateway.Tests.Drift;

namespace BackInStock.Gateway.Tests.Fidelity;

/// <summary>The API reference shows each operation's fidelity: the contract it serves carries it as a badge and a first line.</summary>
public sealed class ScalarFidelityTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    [Fact]
    public async Task The_served_contract_shows_each_operations_fidelity_as_a_badge_and_its_first_line()
    {
        var file = OpenApiShape.FromYaml(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml")));
        var served = OpenApiShape.FromYaml(await _app.CreateClient().GetStringAsync(new Uri("/openapi/contract.yaml", UriKind.Relative)));

        var operations = served["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(m => m.Value).OfType<JsonObject>())
            .Where(operation => operation["operationId"] is not null).ToList();
        operations.Should().HaveCount(FidelityPoint.Read(file).Count(p => p.IsOperation));
        foreach (var operation in operations)
        {
            var (level, evidence) = FidelityPoint.Split(operation["x-fidelity"]!.ToString());
            operation["x-badges"]![0]!["name"]!.ToString().Should().Be(level, operation["operationId"]!.ToString());
            operation["description"]!.ToString().Should().StartWith($"**Fidelity: {level}.** {evidence}", operation["operationId"]!.ToString());
        }

        OpenApiShape.Facts(served).Should().Equal(OpenApiShape.Facts(file), "the badges change nothing the drift test compares");
    }

    [Fact]
    public void An_operation_keeps_its_description_after_the_fidelity_line()
    {
        var annotated = OpenApiShape.FromYaml(Gateway.OpenApi.FidelityBadges.Annotate("""
            paths:
              /x:
                get:
                  operationId: X
                  x-fidelity: "inferred: from the examples"
                  description: |
                    What it does.
                  responses:
                    '204': { description: none }
                put:
                  operationId: Y
                  responses:
                    '204': { description: none }
            """));

        annotated["paths"]!["/x"]!["get"]!["description"]!.ToString().Should().Be("**Fidelity: inferred.** from the examples\n\nWhat it does.\n");
        annotated["paths"]!["/x"]!["get"]!["x-badges"]![0]!["color"]!.ToString().Should().Be("#e65100");
        annotated["paths"]!["/x"]!["put"]!.AsObject().Should().NotContainKey("x-badges").And.NotContainKey("description");
    }

    public void Dispose() => _app.Dispose();
}
