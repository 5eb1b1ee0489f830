namespace BackInStock.Gateway.Tests.Portable;

/// <summary>Owns the suite's target for the test class: the in-process emulator unless the environment names another.</summary>
public sealed class SuiteTargetFixture : IDisposable
{
    public SuiteTarget Target { get; } = SuiteTarget.FromEnvironment();

    public void Dispose() => Target.Dispose();
}

/// <summary>
/// The portable contract suite as tests: against the emulator by default, or
/// `BACKINSTOCK_BASE_URL=https://… BACKINSTOCK_API_KEY=… dotnet test --filter PortableContractTests`.
/// A failure lists each deviation and a curl command per request involved.
/// </summary>
public sealed class PortableContractTests(SuiteTargetFixture fixture) : IClassFixture<SuiteTargetFixture>
{
    /// <summary>
    /// Every case, or with BACKINSTOCK_CASES=valid only those whose requests the contract allows: behind a
    /// validating proxy (Prism) an invalid request is the proxy's to refuse, not the gateway's.
    /// </summary>
    public static TheoryData<string> Cases => new(Environment.GetEnvironmentVariable("BACKINSTOCK_CASES") == "valid"
        ? ContractSuite.CaseNames.Where(ContractSuite.SendsValidRequests)
        : ContractSuite.CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Conforms_to_the_contract(string name)
    {
        var result = await ContractSuite.RunAsync(fixture.Target, name);

        result.Exchanges.Should().NotBeEmpty("every case sends at least one request");
        result.Passed.Should().BeTrue(result.Report());
    }
}
