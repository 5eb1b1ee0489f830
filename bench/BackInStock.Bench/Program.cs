using System.Globalization;
using BackInStock.Bench;
using BackInStock.Bench.Results;

// make bench's in-process half and its report; bounded, loopback only. Commands:
//   [subscriptions] [skus] [largest batch] [results dir] [rounds]   in-process scenarios -> <results dir>/inprocess.json
//   render [results dir] [page] [chart]                              bench/RESULTS.md and bench/results.svg from the recorded numbers
//   seed-http <baseUrl> <apiKey> <contacts> <perContact>             seeds a running gateway for bench/http.sh, prints one contact id
//   reads | writes                                                   one in-process scenario alone, printed
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

if (args.Length > 0 && args[0] == "render")
{
    RenderCommand.Run(
        args.Length > 1 ? args[1] : Path.Combine("bench", "results"),
        args.Length > 2 ? args[2] : Path.Combine("bench", "RESULTS.md"),
        args.Length > 3 ? args[3] : Path.Combine("bench", "results.svg"));
    return;
}

InProcessRun.Run(
    subscriptions: args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000,
    skus: args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000,
    items: args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000,
    rounds: args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 3,
    resultsDirectory: args.Length > 3 ? args[3] : Path.Combine("bench", "results"));
