namespace BackInStock.Gateway.Tests.Portable;

/// <summary>The suite pointed at a loopback fake "real Engage": it must find the fake's deviations and say how to reproduce each.</summary>
public sealed class FakeEngageTests
{
    [Fact]
    public async Task The_suite_reports_a_deviating_tenant_with_curl_reproducers()
    {
        await using var fake = await FakeEngage.StartAsync();
        using var target = new SuiteTarget(new HttpClient { BaseAddress = fake.BaseUrl }, FakeEngage.ApiKey)
        {
            Product = ("SKU-1", "sv-SE"),
            SettleTime = TimeSpan.FromSeconds(1),
        };

        var results = new List<CaseResult>();
        foreach (var name in ContractSuite.CaseNames)
        {
            results.Add(await ContractSuite.RunAsync(target, name));
        }

        var byName = results.ToDictionary(r => r.Case);
        byName["CreateContact: the contract's example"].Passed.Should().BeTrue(byName["CreateContact: the contract's example"].Report());
        byName["ListContactSubscriptions: lists the new subscription"].Passed.Should().BeTrue();
        byName["GetContactIdByEmail: finds the contact"].Deviations.Should().Contain(d => d.Contains("$: must be a string, not an object"));
        byName["UpdateStockLevels: a used subscription is gone afterwards"].Deviations.Should().Contain(d => d.Contains("is still listed after a stock level of 5"));
        byName["GetContact: no API key is a 401"].Deviations.Should().Contain(d => d.Contains("media type (none)"));
        byName["CreateSubscription: a missing $.sku is a 422"].Deviations.Should().ContainSingle()
            .Which.Should().Contain("answered 400, expected 422");
        byName["CreateSubscription: a body that is not JSON is a 400"].Passed.Should().BeTrue("the fake answers Engage's error shape");

        var failed = results.Where(r => !r.Passed).ToList();
        failed.Should().OnlyContain(r => r.Report().Contains($"curl -i -X ", StringComparison.Ordinal) && r.Report().Contains(fake.BaseUrl.Authority, StringComparison.Ordinal));
        byName["UpdateStockLevels: a used subscription is gone afterwards"].Report().Should()
            .Contain($"curl -i -X PUT '{fake.BaseUrl}api/v3/inventory/stock-levels' -H 'User-Agent: BackInStock-ContractSuite/1.0' -H 'apikey: {FakeEngage.ApiKey}' -H 'Content-Type: application/json' --data-raw '[{{ \"sku\": \"SKU-1\", \"quantity\": 5, \"locale\": \"sv-SE\" }}]'");
    }
}
