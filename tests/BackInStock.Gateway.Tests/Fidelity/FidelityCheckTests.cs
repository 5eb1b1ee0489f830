using System.Diagnostics;

namespace BackInStock.Gateway.Tests.Fidelity;

/// <summary>
/// The build's fidelity check: NSwag with the server templates, as build/ContractGeneration.targets runs it, turns
/// every operation without a well-formed x-fidelity into a C# #error, so the gateway does not compile.
/// </summary>
public sealed class FidelityCheckTests
{
    [Fact]
    public async Task The_build_stops_on_each_operation_without_a_well_formed_x_fidelity()
    {
        var generated = await GenerateAsync(Path.Combine(Repository.Root, "tests/BackInStock.Gateway.Tests/Fidelity/unlabelled.yaml"));

        var errors = generated.Split('\n').Where(line => line.StartsWith("#error x-fidelity", StringComparison.Ordinal)).ToList();
        errors.Should().HaveCount(4);
        errors.Should().ContainSingle(e => e.Contains("operation Missing has no x-fidelity", StringComparison.Ordinal));
        errors.Should().ContainSingle(e => e.Contains("operation DocumentedWithoutUrl is documented without the page's URL", StringComparison.Ordinal));
        errors.Should().ContainSingle(e => e.Contains("operation ObservedWithoutRepository is observed without the repository or URL", StringComparison.Ordinal));
        errors.Should().ContainSingle(e => e.Contains("operation UnknownLevel has an x-fidelity of unknown level", StringComparison.Ordinal));
        errors.Should().NotContain(e => e.Contains("Labelled ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_contract_passes_the_build_check()
    {
        var generated = await GenerateAsync(Path.Combine(AppContext.BaseDirectory, "openapi.yaml"));

        generated.Should().Contain("public static partial class BackInStockEndpoints").And.NotContain("#error");
    }

    private static async Task<string> GenerateAsync(string contract)
    {
        var output = Path.Combine(Path.GetTempPath(), "bis-fidelity-" + Guid.NewGuid().ToString("N") + ".cs");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Repository.NSwagDll, "openapi2cscontroller", $"/input:{contract}", $"/output:{output}",
                $"/templateDirectory:{Path.Combine(Repository.Root, "contracts/templates/server")}",
                "/namespace:Fixture", "/jsonLibrary:SystemTextJson", "/operationGenerationMode:MultipleClientsFromFirstTagAndOperationId",
                "/className:{controller}", "/responseClass:{controller}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var nswag = Process.Start(start)!;
            var log = await nswag.StandardOutput.ReadToEndAsync() + await nswag.StandardError.ReadToEndAsync();
            await nswag.WaitForExitAsync();
            nswag.ExitCode.Should().Be(0, log);
            return await File.ReadAllTextAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
