using System.Globalization;
using System.Text;

namespace BackInStock.Bench.Results;

/// <summary>bench/RESULTS.md: issue 16's goals first, then each half's detail, then the hand-kept notes on where the time goes.</summary>
internal static class ResultsPage
{
    public static string Render(InProcessResults? inProcess, HttpResults? http, string chartLink, string? notes)
    {
        var page = new StringBuilder()
            .AppendLine("# Benchmarks")
            .AppendLine()
            .AppendLine(F($"Measured by `make bench` on {inProcess?.Cores ?? http?.Cores ?? Environment.ProcessorCount} cores: in-process half {When(inProcess?.MeasuredOn)}, HTTP half {When(http?.MeasuredOn)}. Release builds, loopback only, every load bounded in time. The numbers are in `bench/results/*.json`; this page and the chart are rendered from them (again, without measuring: `dotnet bench/BackInStock.Bench/bin/Release/net10.0/BackInStock.Bench.dll render`)."))
            .AppendLine()
            .AppendLine(F($"![Requests per second per HTTP scenario beside the bare Kestrel control and Prism; the stock-level trigger's time by batch size on both stores; start-up times]({chartLink})"))
            .AppendLine();
        Goals(page, inProcess, http);
        if (inProcess is not null)
        {
            Trigger(page, inProcess);
            Loading(page, inProcess);
            Writes(page, inProcess);
        }

        if (http is not null)
        {
            Http(page, http);
        }

        if (!string.IsNullOrWhiteSpace(notes))
        {
            page.AppendLine().Append(notes.Trim()).AppendLine();
        }

        return page.ToString();
    }

    private static void Goals(StringBuilder page, InProcessResults? inProcess, HttpResults? http)
    {
        page.AppendLine("## Issue 16's goals")
            .AppendLine()
            .AppendLine("| measure | measured | ratio | goal | result |")
            .AppendLine("| --- | --- | ---: | ---: | --- |");
        foreach (var row in Results.Goals.From(inProcess, http))
        {
            page.AppendLine(F($"| {row.Measure} | {row.Measured} | {row.RatioText} | {row.GoalText} | {row.Verdict} |"));
        }

        page.AppendLine()
            .AppendLine("How each is measured:")
            .AppendLine()
            .AppendLine("- A ratio against a control is the median of the ratios of each round, where a round measures the two one after the other; the shared machine's other load then weighs on both alike.")
            .AppendLine("- Start-up: from starting `dotnet <dll>` to the first 200 (`/emulator/health` for the gateway, the JSON route for the control), polled every 20 ms; each round starts the control, then the gateway on the memory store, then on a new data file, one at a time.")
            .AppendLine(F($"- Durable POST: wrk as in the HTTP table, each round right after the disk measurement: {http?.Disk.Method ?? "(not measured)"}."))
            .AppendLine(F($"- Trigger: in-process (the Emulator library, no HTTP); the largest batch size's PUTs, one per round (median of {inProcess?.Rounds ?? 0}), each on SKUs no earlier PUT touched."))
            .AppendLine(F($"- Loading: after the catalog is replaced, the shoppers and their subscriptions through {(inProcess is { Loads.Count: > 0 } ? inProcess.Loads[0].Method : "(not measured)")}."))
            .AppendLine("- Memory: VmRSS of a fresh memory-store gateway, then sampled while wrk sends it mixed load (GETs, repeated subscribes, stock updates filling the integration log to its cap); the file store's gateway at idle alongside. Flat: the last sample at most 5% above the one half-way through the load (the logs reach their caps within seconds).")
            .AppendLine();
    }

    private static void Trigger(StringBuilder page, InProcessResults r)
    {
        page.AppendLine("## Stock-level trigger")
            .AppendLine()
            .AppendLine(F($"{r.Subscriptions:N0} subscriptions over {r.Skus:N0} SKUs and 4 locales (each SKU's subscriptions spread over the locales); PUTs of each size once per round ({r.Rounds} rounds), each on SKUs no earlier PUT touched, without locale or externalId, so every subscription to those SKUs matches. Time from the call to the last email committed to the outbox (the batch's single transaction); the median, then every run."))
            .AppendLine()
            .AppendLine("| store | items | emails | time to outbox | emails/s | runs |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var t in r.Trigger)
        {
            page.AppendLine(F($"| {t.Store} | {t.Items:N0} | {t.Emails:N0} | {t.Median:N0} ms | {t.Emails / (t.Median / 1000):N0} | {string.Join(", ", t.Milliseconds.Select(m => m.ToString("N0", CultureInfo.InvariantCulture)))} ms |"));
        }

        page.AppendLine();
    }

    private static void Loading(StringBuilder page, InProcessResults r)
    {
        page.AppendLine("## Loading")
            .AppendLine()
            .AppendLine("The trigger scenario's data: the catalog (4 locales) first, then the shoppers and their subscriptions, timed apart.")
            .AppendLine()
            .AppendLine("| store | subscriptions | contacts | load | subscriptions/s | catalog before it |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var l in r.Loads)
        {
            page.AppendLine(F($"| {l.Store} | {l.Subscriptions:N0} | {l.Contacts:N0} | {l.Seconds:N1} s | {l.Subscriptions / l.Seconds:N0} | {l.CatalogSeconds:N1} s |"));
        }

        page.AppendLine();
    }

    private static void Writes(StringBuilder page, InProcessResults r)
    {
        page.AppendLine("## Durable writes (group commit)")
            .AppendLine()
            .AppendLine("Subscriptions created through the Emulator API for 5 s by concurrent writers (20,000 contacts, round robin); each call returns only after the commit holding its write. Concurrent writes share one transaction and one flush.")
            .AppendLine()
            .AppendLine("| store | writers | writes/s |")
            .AppendLine("| --- | ---: | ---: |");
        foreach (var w in r.Writes)
        {
            page.AppendLine(F($"| {w.Store} | {w.Writers} | {w.PerSecond:N0} |"));
        }

        page.AppendLine();
    }

    private static void Http(StringBuilder page, HttpResults h)
    {
        var control = h.Scenarios.FirstOrDefault(s => s.Id == "control")?.Median ?? double.NaN;
        page.AppendLine("## HTTP (wrk, loopback)")
            .AppendLine()
            .AppendLine(F($"wrk {h.Wrk} per run, on the same machine as the load generator; the gateway runs from its built dll (Release), Engage's rate limit off. The GET reads one contact's 10 subscriptions out of 10,000 seeded over 1,000 contacts; POSTs are validated, durable (file store: committed before the 201, group commit) and use a new SKU each time. The median of the runs, then every run."))
            .AppendLine()
            .AppendLine("| scenario | requests/s | vs control | runs |")
            .AppendLine("| --- | ---: | ---: | --- |");
        foreach (var s in h.Scenarios)
        {
            page.AppendLine(F($"| {s.Label} | {s.Median:N0} | {s.Median / control:0.00} | {string.Join(", ", s.RequestsPerSecond.Select(v => v.ToString("N0", CultureInfo.InvariantCulture)))} |"));
        }

        page.AppendLine(F($"| this disk: 4 KiB `O_DSYNC` writes (not HTTP) | {h.Disk.Median:N0} | {h.Disk.Median / control:0.00} | {string.Join(", ", h.Disk.WritesPerSecond.Select(v => v.ToString("N0", CultureInfo.InvariantCulture)))} |"));
        var prism = h.Scenarios.FirstOrDefault(s => s.Id == "prism-get");
        var get = h.Scenarios.FirstOrDefault(s => s.Id == "get-memory");
        if (prism is not null && get is not null)
        {
            page.AppendLine().AppendLine(F($"Gateway GET vs Prism: {get.Median / prism.Median:N1}× (memory store)."));
        }

        page.AppendLine()
            .AppendLine("Start-up, process start to the first 200, each round in this order:")
            .AppendLine()
            .AppendLine("| round | control | gateway, memory store | gateway, file store |")
            .AppendLine("| ---: | ---: | ---: | ---: |");
        for (var i = 0; i < h.Startup.Control.Count; i++)
        {
            page.AppendLine(F($"| {i + 1} | {h.Startup.Control[i]:N0} ms | {At(h.Startup.Memory, i)} | {At(h.Startup.File, i)} |"));
        }

        page.AppendLine()
            .AppendLine(F($"Resident memory (VmRSS): memory-store gateway {h.Memory.IdleMemoryMb:N0} MB and file-store gateway {h.Memory.IdleFileMb:N0} MB, {h.Memory.IdleSeconds:0.#} s after their first 200; the memory-store one under {h.Memory.LoadSeconds:0} s of mixed load: {string.Join(", ", h.Memory.UnderLoad.Select(s => F($"{s.Mb:N0} MB at {s.Seconds:0} s")))}."))
            .AppendLine()
            .AppendLine("Issue 7's targets, still measured: validated GET ≥ 0.5 × control, GET ≥ 10 × Prism, durable POST ≥ 3,000/s on the file store, start-up ≤ 500 ms:");
        var postFile = h.Scenarios.FirstOrDefault(s => s.Id == "post-file")?.Median ?? double.NaN;
        var getFile = h.Scenarios.FirstOrDefault(s => s.Id == "get-file")?.Median ?? double.NaN;
        page.AppendLine(F($"GET {get?.Median / control:0.00} / {getFile / control:0.00} of the control (memory / file), {get?.Median / prism?.Median:N1}× / {getFile / prism?.Median:N1}× Prism, POST {postFile:N0}/s, start-up {Stats.Median(h.Startup.Memory):N0} / {Stats.Median(h.Startup.File):N0} ms."));
    }

    private static string At(IReadOnlyList<double> values, int i) => i < values.Count ? F($"{values[i]:N0} ms") : "-";

    private static string When(DateTimeOffset? at) => at is { } t ? F($"{t.UtcDateTime:yyyy-MM-dd HH:mm} UTC") : "(not run)";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
