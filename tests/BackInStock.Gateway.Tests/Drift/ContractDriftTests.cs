using System.Text.Json.Nodes;

namespace BackInStock.Gateway.Tests.Drift;

public sealed class ContractDriftTests : IDisposable
{
    private readonly GatewayApplication _app = new(inMemory: true);

    [Fact]
    public async Task The_runtime_document_matches_the_contract()
    {
        var contract = OpenApiShape.Facts(OpenApiShape.FromYaml(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml"))));
        var runtimeJson = await _app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var runtime = OpenApiShape.Facts(JsonNode.Parse(runtimeJson)!);

        runtime.Except(contract).Should().BeEmpty("the running gateway describes these facts the contract does not have");
        contract.Except(runtime).Should().BeEmpty("the contract has these facts the running gateway does not serve");
        contract.Should().Contain(f => f.StartsWith("POST /api/v3/inventory/backinstock/subscriptions body application/json required=True", StringComparison.Ordinal));
        contract.Should().Contain("PUT /api/v3/inventory/stock-levels security apiKey")
            .And.Contain("POST /api/v1/centra/back-in-stock/subscribe security none")
            .And.Contain("GET /emulator/outbox security anonymous | apiKey | tenantHeader | tenantQuery")
            .And.Contain("security scheme apiKey apiKey in header apikey");
    }

    [Fact]
    public async Task The_runtime_document_is_openapi_3_0()
    {
        var runtime = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        runtime["openapi"]!.ToString().Should().StartWith("3.0");
    }

    [Fact]
    public void Facts_differ_when_a_required_list_differs()
    {
        var a = OpenApiShape.FromYaml("""
            paths:
              /x:
                get:
                  responses:
                    '200':
                      content:
                        application/json:
                          schema: { type: object, required: [a], properties: { a: { type: string } } }
            """);
        var b = OpenApiShape.FromYaml("""
            paths:
              /x:
                get:
                  responses:
                    '200':
                      content:
                        application/json:
                          schema: { type: object, properties: { a: { type: string } } }
            """);

        OpenApiShape.Facts(a).Should().NotEqual(OpenApiShape.Facts(b));
    }

    [Fact]
    public void Facts_differ_when_the_security_differs()
    {
        const string Operation = """
            paths:
              /x:
                get:
                  responses:
                    '204': { description: none }
            """;
        var open = OpenApiShape.FromYaml(Operation);
        var keyed = OpenApiShape.FromYaml("security: [{ apiKey: [] }]\n" + Operation);
        var anyone = OpenApiShape.FromYaml("security: [{}, { apiKey: [] }]\n" + Operation);

        OpenApiShape.Facts(open).Should().NotEqual(OpenApiShape.Facts(keyed));
        OpenApiShape.Facts(keyed).Should().NotEqual(OpenApiShape.Facts(anyone));
    }

    public void Dispose() => _app.Dispose();
}
