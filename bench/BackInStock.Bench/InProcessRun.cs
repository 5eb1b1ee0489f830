using BackInStock.Bench.Results;

namespace BackInStock.Bench;

/// <summary>The in-process half of <c>make bench</c>: loading and the trigger on both stores, then durable writes; writes results/inprocess.json.</summary>
internal static class InProcessRun
{
    public static void Run(int subscriptions, int skus, int items, int rounds, string resultsDirectory)
    {
        var directory = Directory.CreateTempSubdirectory("bis-bench-").FullName;
        try
        {
            var scenario = new TriggerScenario(subscriptions, skus, Contacts: Math.Max(1, subscriptions / 10), new[] { 1, 100, items }.Distinct().Where(n => n <= items).ToList(), rounds);
            var loads = new List<LoadMeasure>();
            var trigger = new List<TriggerMeasure>();
            foreach (var store in new[] { "memory", "file" })
            {
                Console.WriteLine($"trigger scenario on the {store} store: {subscriptions:N0} subscriptions over {skus:N0} SKUs and 4 locales...");
                var (load, runs) = scenario.Run(store, directory);
                Console.WriteLine($"  loaded {load.Subscriptions:N0} subscriptions and {load.Contacts:N0} contacts in {load.Seconds:N1} s (the catalog before it: {load.CatalogSeconds:N1} s)");
                foreach (var run in runs)
                {
                    Console.WriteLine($"  {run.Items:N0}-item PUT -> {run.Emails:N0} emails in the outbox in {run.Median:N0} ms (median of {string.Join(", ", run.Milliseconds.Select(m => m.ToString("N0")))})");
                }

                loads.Add(load);
                trigger.AddRange(runs);
            }

            var writes = new List<WriteMeasure>();
            foreach (var (store, writers) in new[] { ("file", 1), ("file", 64), ("memory", 64) })
            {
                var result = new WriteScenario(writers, TimeSpan.FromSeconds(5)).Run(store, directory);
                Console.WriteLine($"durable subscribes, {store} store, {writers} writer(s): {result.PerSecond:N0}/s");
                writes.Add(new WriteMeasure(store, writers, result.PerSecond));
            }

            ResultsFiles.Write(resultsDirectory, ResultsFiles.InProcess, new InProcessResults(DateTimeOffset.UtcNow, Environment.ProcessorCount, subscriptions, skus, rounds, loads, trigger, writes));
            Console.WriteLine($"written to {Path.Combine(resultsDirectory, ResultsFiles.InProcess)}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
