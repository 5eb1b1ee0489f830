using BackInStock.Bench.Results;

namespace BackInStock.Bench.Tests;

public class GoalsTests
{
    [Fact]
    public void A_start_up_over_1_2_times_the_controls_is_not_met_and_says_how_far_and_what_it_needs()
    {
        var http = SampleResults.Http(startup: new StartupTimes([1_000, 1_000, 1_000], [1_300, 1_300, 1_300], [1_100, 1_100, 1_100]));

        var rows = Goals.From(null, http);

        var memory = rows.Single(r => r.Measure.Contains("start-up", StringComparison.Ordinal) && r.Measure.Contains("memory store", StringComparison.Ordinal));
        memory.RatioText.Should().Be("1.30");
        memory.Met.Should().BeFalse();
        memory.Verdict.Should().Be("not met: 8% over; needs ≤ 1,200 ms");
        rows.Single(r => r.Measure.Contains("start-up", StringComparison.Ordinal) && r.Measure.Contains("file store", StringComparison.Ordinal)).Verdict.Should().Be("met");
    }

    [Fact]
    public void A_ratio_against_the_control_is_the_median_of_each_rounds_ratio()
    {
        // Round 2 ran while the machine was busy: both figures fell, their ratio did not.
        var http = SampleResults.Http(control: [40_000, 10_000, 40_000], getMemory: [38_000, 9_500, 36_000]);

        var get = Goals.From(null, http).Single(r => r.Measure.Contains("GET", StringComparison.Ordinal) && r.Measure.Contains("memory store", StringComparison.Ordinal));

        get.Ratio.Should().BeApproximately(0.95, 1e-9);
        get.Verdict.Should().Be("met");
    }

    [Fact]
    public void A_durable_POST_slower_than_the_disk_is_short_of_its_goal()
    {
        var durable = Goals.From(null, SampleResults.Http()).Single(r => r.Measure.Contains("O_DSYNC", StringComparison.Ordinal));

        durable.Ratio.Should().BeApproximately(1_200.0 / 3_100, 0.01);
        durable.Verdict.Should().StartWith("not met: 61% short; needs ≥ 3,100/s");
    }

    [Fact]
    public void Absolute_goals_are_ratios_of_the_measure_to_the_goal()
    {
        var rows = Goals.From(SampleResults.InProcess(), SampleResults.Http());

        rows.Single(r => r.Measure.StartsWith("PUT", StringComparison.Ordinal) && r.Measure.Contains("file store", StringComparison.Ordinal)).RatioText.Should().Be("6.20");
        rows.Single(r => r.Measure.StartsWith("loading", StringComparison.Ordinal)).RatioText.Should().Be("8.91");
        rows.Single(r => r.Measure.StartsWith("resident memory at idle", StringComparison.Ordinal)).Verdict.Should().Be("not met: 59% over; 71 MB to shed");
    }

    [Fact]
    public void Memory_that_still_grows_in_the_second_half_of_the_load_is_not_flat()
    {
        var growing = SampleResults.Http(underLoad: [new(10, 200), new(30, 220), new(60, 260)]);
        var flat = SampleResults.Http(underLoad: [new(10, 200), new(30, 250), new(60, 252)]);

        Flat(growing).Met.Should().BeFalse();
        Flat(flat).Met.Should().BeTrue();
    }

    [Fact]
    public void Goals_of_a_half_not_run_say_so_instead_of_failing()
    {
        var rows = Goals.From(SampleResults.InProcess(), null);

        rows.Should().HaveCount(10);
        rows.Where(r => r.Met is null).Should().HaveCount(7).And.OnlyContain(r => r.Verdict == "not measured in this run");
        rows.Where(r => r.Met is not null).Select(r => r.Measure).Should().OnlyContain(m => m.StartsWith("PUT", StringComparison.Ordinal) || m.StartsWith("loading", StringComparison.Ordinal));
    }

    private static GoalRow Flat(HttpResults http) => Goals.From(null, http).Single(r => r.Measure.Contains("half-way", StringComparison.Ordinal));
}
