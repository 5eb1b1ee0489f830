using System.Globalization;
using System.Text;
using BackInStock.Bench;

// make bench: bounded, loopback only. Arguments: [subscriptions] [skus] [largest batch] [output] (batches of 1, 100 and the largest),
// or "seed-http <baseUrl> <apiKey> <contacts> <perContact>" to seed a running gateway for bench/http.sh.
if (args.Length > 0 && args[0] == "reads")
{
    var scratch = Directory.CreateTempSubdirectory("bis-reads-").FullName;
    foreach (var (store, readers) in new[] { ("memory", 1), ("memory", 2), ("file", 1), ("file", 2) })
    {
        var read = new ReadScenario(readers, TimeSpan.FromSeconds(3)).Run(store, scratch);
        Console.WriteLine($"reads, {store} store, {readers} reader(s): {read.PerSecond:N0}/s");
    }

    Directory.Delete(scratch, recursive: true);
    return;
}

if (args.Length > 0 && args[0] == "writes")
{
    var scratch = Directory.CreateTempSubdirectory("bis-writes-").FullName;
    foreach (var (store, writers) in new[] { ("file", 64), ("memory", 64) })
    {
        var write = new WriteScenario(writers, TimeSpan.FromSeconds(5)).Run(store, scratch);
        Console.WriteLine($"durable subscribes, {store} store, {writers} writer(s): {write.PerSecond:N0}/s");
    }

    Directory.Delete(scratch, recursive: true);
    return;
}

if (args.Length > 0 && args[0] == "import")
{
    // import [subscriptions] [rounds]: the bulk load alone, on both stores, each round a fresh store.
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
    var scratch = Directory.CreateTempSubdirectory("bis-import-").FullName;
    var scenario = new ImportScenario(count, Math.Max(1, count / 10), Math.Max(1, count / 10));
    var file = scenario.WriteFile(scratch);
    Console.WriteLine($"{new FileInfo(file).Length / 1e6:N0} MB of NDJSON: {scenario.Contacts:N0} contacts, {count:N0} subscriptions");
    for (var round = 0; round < rounds; round++)
    {
        var (wall, cpu) = await ImportScenario.RunLinesOnly(file);
        Console.WriteLine($"import, lines only (read, parsed, checked; no chunk stored): {wall.TotalSeconds:N1} s, {cpu.TotalSeconds:N1} s of CPU");
        foreach (var store in new[] { "memory", "file" })
        {
            var result = await ImportScenario.Run(store, scratch, file);
            Console.WriteLine($"import, {store} store: {result.Subscriptions:N0} subscriptions + {result.Contacts:N0} contacts ({result.Refused} refused) in {result.Total.TotalSeconds:N1} s: store writes {result.Writing.TotalSeconds:N1} s, store reads {result.Reading.TotalSeconds:N1} s, reading and checking lines {result.Lines.TotalSeconds:N1} s");
        }
    }

    Directory.Delete(scratch, recursive: true);
    return;
}

if (args.Length > 0 && args[0] == "seed-http")
{
    var contact = await HttpSeeder.Run(new Uri(args[1]), args[2], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
    Console.WriteLine(contact);
    return;
}

var subscriptions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var skus = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var items = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000;
var output = args.Length > 3 ? args[3] : Path.Combine("bench", "RESULTS.md");

var directory = Path.Combine(Path.GetTempPath(), "bis-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(directory);
try
{
    var scenario = new TriggerScenario(subscriptions, skus, Contacts: Math.Max(1, subscriptions / 10), new[] { 1, 100, items }.Distinct().Where(n => n <= items).ToList());
    string[] stores = ["memory", "file"];
    var results = stores.Select(store =>
    {
        Console.WriteLine($"trigger scenario on the {store} store: seeding {subscriptions:N0} subscriptions over {skus:N0} SKUs and 4 locales...");
        var runs = scenario.Run(store, directory);
        foreach (var result in runs)
        {
            Console.WriteLine($"  {result.Items:N0}-item PUT -> {result.Emails:N0} emails in the outbox in {result.Trigger.TotalMilliseconds:N0} ms ({result.EmailsPerSecond:N0} emails/s); seeding took {result.Seeding.TotalSeconds:N1} s");
        }

        return runs;
    }).SelectMany(r => r).ToList();

    var writes = new List<WriteResult>();
    foreach (var (store, writers) in new[] { ("file", 1), ("file", 64), ("memory", 64) })
    {
        var result = new WriteScenario(writers, TimeSpan.FromSeconds(5)).Run(store, directory);
        Console.WriteLine($"durable subscribes, {store} store, {writers} writer(s): {result.PerSecond:N0}/s");
        writes.Add(result);
    }

    var report = new StringBuilder()
        .AppendLine("# Benchmarks")
        .AppendLine()
        .AppendLine(CultureInfo.InvariantCulture, $"Measured by `make bench` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}. Release build, in-process (the Emulator library, no HTTP).")
        .AppendLine()
        .AppendLine("## Stock-level trigger")
        .AppendLine()
        .AppendLine(CultureInfo.InvariantCulture, $"{subscriptions:N0} subscriptions over {skus:N0} SKUs and 4 locales (each SKU's subscriptions spread over the locales); PUTs of 1, 100 and {items:N0} items (on SKUs no earlier PUT touched) without locale or externalId, so every subscription to those SKUs matches. Time from the call to the last email committed to the outbox (the batch's single transaction). Target (issue 7): the 1,000-item PUT in 1 s or less.")
        .AppendLine()
        .AppendLine("| store | items | emails | time to outbox | emails/s | vs the 1 s target | seeding |")
        .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var r in results)
    {
        var target = r.Items == 1_000 ? $"{r.Trigger.TotalSeconds:N2}× the target" : "-";
        report.AppendLine(CultureInfo.InvariantCulture, $"| {r.Store} | {r.Items:N0} | {r.Emails:N0} | {r.Trigger.TotalMilliseconds:N0} ms | {r.EmailsPerSecond:N0} | {target} | {r.Seeding.TotalSeconds:N1} s |");
    }

    report
        .AppendLine()
        .AppendLine("Where the time goes (instrumented once, 2026-11-23, memory store, 11,010 emails): about 200 µs per email, of which the LiteDB insert of the rendered email ~60 µs, reading the contact ~40 µs, deleting the used subscription ~40 µs and the Scriban render ~35 µs; the rest is lookups and condition checks. Reaching 1 s for 10,000 emails needs about half that per email, i.e. batching the inserts and deletes of a batch rather than a faster template.")
        .AppendLine()
        .AppendLine("## Durable writes (group commit)")
        .AppendLine()
        .AppendLine("Subscriptions created through the Emulator API for 5 s by concurrent writers (20,000 contacts, round robin); each call returns only after the commit holding its write. Concurrent writes share one transaction and one flush.")
        .AppendLine()
        .AppendLine("| store | writers | writes/s |")
        .AppendLine("| --- | ---: | ---: |");
    foreach (var w in writes)
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"| {w.Store} | {w.Writers} | {w.PerSecond:N0} |");
    }

    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    File.WriteAllText(output, report.ToString());
    Console.WriteLine($"written to {output}");
}
finally
{
    Directory.Delete(directory, recursive: true);
}
