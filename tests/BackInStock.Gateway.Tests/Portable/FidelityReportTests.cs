using BackInStock.Gateway.Tests.Fidelity;
using Xunit.Abstractions;

namespace BackInStock.Gateway.Tests.Portable;

/// <summary>
/// The per-point report of `make contract-suite`: each inferred point of the contract, put to the target (the
/// emulator unless BACKINSTOCK_BASE_URL names a tenant) and to the emulator. Written to artifacts/fidelity-report.txt.
/// </summary>
public sealed class FidelityReportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Reports_how_the_target_answers_each_inferred_point()
    {
        using var target = SuiteTarget.FromEnvironment();
        using var emulator = Emulator();

        var verdicts = await FidelityReport.RunAsync(target, emulator);

        var report = FidelityReport.Render(target.Client.BaseAddress!.ToString(), verdicts);
        output.WriteLine(report);
        var file = Path.Combine(Repository.Root, "artifacts", "fidelity-report.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, report);
        verdicts.Select(v => v.Point).Should().Equal(FidelityReport.InferredPoints);
        if (Environment.GetEnvironmentVariable("BACKINSTOCK_BASE_URL") is not { Length: > 0 })
        {
            // The emulator asked twice must agree with itself: a probe that does not is measuring noise.
            verdicts.Where(v => v.Verdict != "not exercised").Should().HaveCount(InferredPointProbes.ByPoint.Count).And.OnlyContain(v => v.Verdict == "match", report);
        }
    }

    [Fact]
    public async Task A_tenant_that_deviates_on_one_inferred_point_is_reported_as_differing_there_and_matching_elsewhere()
    {
        await using var fake = await FakeEngage.StartAsync(subscriptionSkuLimit: null);
        using var tenant = new SuiteTarget(new HttpClient { BaseAddress = fake.BaseUrl }, FakeEngage.ApiKey) { Product = ("SKU-1", "sv-SE") };
        using var emulator = Emulator();

        var verdicts = await FidelityReport.RunAsync(tenant, emulator);

        var report = FidelityReport.Render(fake.BaseUrl.ToString(), verdicts);
        output.WriteLine(report);
        verdicts.Should().ContainSingle(v => v.Verdict == "differs", report).Which.Should().Be(new PointVerdict(
            "schema CreateSubscriptionRequest.sku", "differs",
            "the tenant: 200 characters: accepted, 201 characters: accepted; the emulator: 200 characters: accepted, 201 characters: refused"));
        verdicts.Where(v => v.Verdict == "match").Select(v => v.Point).Should()
            .BeEquivalentTo(InferredPointProbes.ByPoint.Keys.Where(point => point != "schema CreateSubscriptionRequest.sku"));
        verdicts.Should().Contain(new PointVerdict("GET /emulator/stock-levels › parameter sku", "not exercised", "an emulator-only route"));
        report.Should().Contain("  differs        schema CreateSubscriptionRequest.sku: the tenant: ").And.EndWith(" match, 1 differ, " + verdicts.Count(v => v.Verdict == "not exercised") + " not exercised.\n");
    }

    [Fact]
    public void Every_probe_asks_about_an_inferred_point_of_the_contract()
    {
        FidelityReport.InferredPoints.Should().Contain(InferredPointProbes.ByPoint.Keys);
    }

    /// <summary>The emulator's answers to compare with: a fresh in-process gateway, its product from the demo catalog.</summary>
    private static SuiteTarget Emulator()
    {
        var app = new GatewayApplication(inMemory: true);
        return new SuiteTarget(app.CreateClient(), GatewayApplication.ApiKey, app);
    }
}
