using System.Globalization;

namespace BackInStock.Bench.Results;

/// <summary>Issue 16's table, each goal computed from the numbers of one <c>make bench</c> run.</summary>
internal static class Goals
{
    public const double StartupLimit = 1.2;
    public const double GetLimit = 0.9;
    public const double DurableLimit = 1.0;
    public const double TriggerSeconds = 1.0;
    public const double LoadSeconds = 15.0;
    public const double IdleMegabytes = 120.0;
    public const double FlatLimit = 1.05;

    public static IReadOnlyList<GoalRow> From(InProcessResults? inProcess, HttpResults? http)
    {
        var rows = new List<GoalRow>();
        foreach (var store in new[] { "memory", "file" })
        {
            rows.Add(Startup(http, store));
        }

        foreach (var store in new[] { "memory", "file" })
        {
            rows.Add(Get(http, store));
        }

        rows.Add(Durable(http));
        foreach (var store in new[] { "memory", "file" })
        {
            rows.Add(Trigger(inProcess, store));
        }

        rows.Add(Load(inProcess));
        rows.Add(Idle(http));
        rows.Add(Flat(http));
        return rows;
    }

    private static GoalRow Startup(HttpResults? http, string store)
    {
        var measure = $"start-up to the first 200 from `/emulator/health` ÷ the bare Kestrel control's first 200 ({store} store)";
        if (http is null || http.Startup.Control.Count == 0)
        {
            return GoalRow.NotMeasured(measure, atMost: true, StartupLimit);
        }

        var gateway = store == "memory" ? http.Startup.Memory : http.Startup.File;
        var control = Stats.Median(http.Startup.Control);
        return new GoalRow(
            measure,
            F($"{Stats.Median(gateway):N0} ms vs {control:N0} ms (medians of {gateway.Count} starts each, alternated)"),
            Stats.PairedRatio(gateway, http.Startup.Control),
            AtMost: true,
            StartupLimit,
            F($"needs ≤ {StartupLimit * control:N0} ms"));
    }

    private static GoalRow Get(HttpResults? http, string store)
    {
        var measure = $"validated GET of a contact's 10 subscriptions ÷ the control returning the same JSON ({store} store)";
        var control = Scenario(http, "control");
        var get = Scenario(http, $"get-{store}");
        return control is null || get is null
            ? GoalRow.NotMeasured(measure, atMost: false, GetLimit)
            : new GoalRow(
                measure,
                F($"{get.Median:N0} vs {control.Median:N0} requests/s (medians of {get.RequestsPerSecond.Count} alternated runs)"),
                Stats.PairedRatio(get.RequestsPerSecond, control.RequestsPerSecond),
                AtMost: false,
                GetLimit,
                F($"needs ≥ {GetLimit * control.Median:N0}/s"));
    }

    private static GoalRow Durable(HttpResults? http)
    {
        const string measure = "durable POST subscription on the file store ÷ this disk's 4 KiB `O_DSYNC` write rate";
        var post = Scenario(http, "post-file");
        return post is null || http!.Disk.WritesPerSecond.Count == 0
            ? GoalRow.NotMeasured(measure, atMost: false, DurableLimit)
            : new GoalRow(
                measure,
                F($"{post.Median:N0} vs {http.Disk.Median:N0} writes/s (medians of {post.RequestsPerSecond.Count} runs, each beside its disk measurement)"),
                Stats.PairedRatio(post.RequestsPerSecond, http.Disk.WritesPerSecond),
                AtMost: false,
                DurableLimit,
                F($"needs ≥ {DurableLimit * http.Disk.Median:N0}/s"));
    }

    private static GoalRow Trigger(InProcessResults? inProcess, string store)
    {
        var largest = inProcess?.Trigger.Where(t => t.Store == store).MaxBy(t => t.Items);
        var measure = largest is null
            ? $"PUT of 1,000 items against 1,000,000 subscriptions → every email committed ÷ 1 s ({store} store)"
            : F($"PUT of {largest.Items:N0} items against {inProcess!.Subscriptions:N0} subscriptions → every email committed ÷ 1 s ({store} store)");
        if (largest is null)
        {
            return GoalRow.NotMeasured(measure, atMost: true, TriggerSeconds);
        }

        var seconds = largest.Median / 1000;
        return new GoalRow(
            measure,
            F($"{seconds:N2} s for {largest.Emails:N0} emails (median of {largest.Milliseconds.Count})"),
            seconds / TriggerSeconds,
            AtMost: true,
            1.0,
            F($"{seconds - TriggerSeconds:N2} s to save"));
    }

    private static GoalRow Load(InProcessResults? inProcess)
    {
        var file = inProcess?.Loads.FirstOrDefault(l => l.Store == "file");
        var memory = inProcess?.Loads.FirstOrDefault(l => l.Store == "memory");
        var measure = file is null
            ? "loading 1,000,000 subscriptions on the file store ÷ 15 s"
            : F($"loading {file.Subscriptions:N0} subscriptions on the file store ÷ 15 s");
        if (file is null)
        {
            return GoalRow.NotMeasured(measure, atMost: true, 1.0);
        }

        var alongside = memory is null ? "" : F($"; memory store {memory.Seconds:N1} s");
        return new GoalRow(
            measure,
            F($"{file.Seconds:N1} s with {file.Contacts:N0} contacts{alongside}"),
            file.Seconds / LoadSeconds,
            AtMost: true,
            1.0,
            F($"{file.Seconds - LoadSeconds:N1} s to save"));
    }

    private static GoalRow Idle(HttpResults? http)
    {
        const string measure = "resident memory at idle ÷ 120 MB (memory store)";
        return http is null || http.Memory.IdleMemoryMb <= 0
            ? GoalRow.NotMeasured(measure, atMost: true, 1.0)
            : new GoalRow(
                measure,
                F($"{http.Memory.IdleMemoryMb:N0} MB {http.Memory.IdleSeconds:0.#} s after the first 200 (file store: {http.Memory.IdleFileMb:N0} MB)"),
                http.Memory.IdleMemoryMb / IdleMegabytes,
                AtMost: true,
                1.0,
                F($"{http.Memory.IdleMemoryMb - IdleMegabytes:N0} MB to shed"));
    }

    /// <summary>
    /// "Flat after the caps": the logs' caps are reached within seconds of mixed load, so the second half
    /// of the run should add (almost) nothing: at most 5 % over what the half-way sample held.
    /// </summary>
    private static GoalRow Flat(HttpResults? http)
    {
        const string measure = "resident memory at the end of the mixed load ÷ at its half-way point (memory store)";
        var samples = http?.Memory.UnderLoad ?? [];
        if (http is null || samples.Count < 2)
        {
            return GoalRow.NotMeasured(measure, atMost: true, FlatLimit);
        }

        var after = samples[^1];
        var half = samples.MinBy(s => Math.Abs(s.Seconds - after.Seconds / 2))!;
        return new GoalRow(
            measure,
            F($"idle {http.Memory.IdleMemoryMb:N0} MB → {after.Mb:N0} MB after {after.Seconds:0} s (growth {after.Mb - http.Memory.IdleMemoryMb:+#,0;-#,0;0} MB; {half.Mb:N0} MB at {half.Seconds:0} s)"),
            after.Mb / half.Mb,
            AtMost: true,
            FlatLimit,
            F($"{after.Mb - half.Mb:N0} MB grown in the second half"));
    }

    private static HttpScenario? Scenario(HttpResults? http, string id) => http?.Scenarios.FirstOrDefault(s => s.Id == id && s.RequestsPerSecond.Count > 0);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
