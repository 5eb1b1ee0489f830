using System.Diagnostics;
using System.Globalization;
using System.Text;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Import;
using BackInStock.Emulator.Storage;
using BackInStock.Gateway.Contract;

namespace BackInStock.Bench;

/// <summary>
/// Issue 16's bulk load: an NDJSON file of contacts (with ids) and their subscriptions spread over SKUs and four
/// locales, imported in-process with the gateway's contract check. Splits the time into the store's writes, the
/// store's reads (the rules' look-ups) and the rest (reading, parsing, checking each line).
/// </summary>
internal sealed record ImportScenario(int Subscriptions, int Contacts, int Skus)
{
    private static readonly string[] LocaleNames = ["sv-SE", "en-US", "pl-PL", "de-DE"];

    public string WriteFile(string directory)
    {
        var path = Path.Combine(directory, $"import-{Subscriptions}.ndjson");
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, Contacts).Select(i => Guid.CreateVersion7(now.AddTicks(i))).ToArray();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        for (var i = 0; i < Contacts; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{{\"contact\":{{\"id\":\"{ids[i]}\",\"email\":\"shopper{i}@example.com\",\"firstName\":\"Shopper\",\"countryCode\":\"US\",\"acceptsEmail\":true}}}}\n"));
        }

        // Each contact's subscriptions are consecutive, on consecutive SKUs: none repeats another.
        var perContact = (Subscriptions + Contacts - 1) / Contacts;
        for (var i = 0; i < Subscriptions; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{{\"subscription\":{{\"contactId\":\"{ids[i / perContact]}\",\"sku\":\"SKU-{i % Skus:D6}\",\"locale\":\"{LocaleNames[i % LocaleNames.Length]}\"}}}}\n"));
        }

        return path;
    }

    public static async Task<ImportResult> Run(string store, string directory, string file)
    {
        using var timed = new TimedStore(LiteDbStore.Open(new StoreOptions { InMemory = store == "memory", Path = Path.Combine(directory, $"import-{Guid.NewGuid():N}.db") }));
        var import = new ImportService(timed, TimeProvider.System, new ContactService(timed, TimeProvider.System));
        await using var lines = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var total = Stopwatch.StartNew();
        var report = await import.LoadAsync(lines, new ContractImportCheck());
        total.Stop();
        return new ImportResult(store, report.Imported.Contacts, report.Imported.Subscriptions, report.Refused, total.Elapsed, timed.Writing, timed.Reading);
    }

    /// <summary>
    /// Reading and checking the lines alone: the same import on a store that keeps no chunk (the rules still read it),
    /// in wall-clock and CPU time, for where the time goes.
    /// </summary>
    public static async Task<(TimeSpan Wall, TimeSpan Cpu)> RunLinesOnly(string file)
    {
        using var timed = new TimedStore(LiteDbStore.Open(new StoreOptions { InMemory = true }), keepWrites: false);
        var import = new ImportService(timed, TimeProvider.System, new ContactService(timed, TimeProvider.System));
        await using var lines = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await import.LoadAsync(lines, new ContractImportCheck());
        return (wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>The store, timing its writes (the chunks) and its reads (the look-ups the rules make).</summary>
    private sealed class TimedStore(IEmulatorStore inner, bool keepWrites = true) : IEmulatorStore
    {
        private readonly Stopwatch _writing = new();
        private readonly Stopwatch _reading = new();

        public TimeSpan Writing => _writing.Elapsed;

        public TimeSpan Reading => _reading.Elapsed;

        public string Kind => inner.Kind;

        public string? Fault => inner.Fault;

        public T Write<T>(Func<IStoreSession, T> work)
        {
            _writing.Start();
            try
            {
                return keepWrites ? inner.Write(work) : default!;
            }
            finally
            {
                _writing.Stop();
            }
        }

        public T Read<T>(Func<IStoreSession, T> work)
        {
            _reading.Start();
            try
            {
                return inner.Read(work);
            }
            finally
            {
                _reading.Stop();
            }
        }

        public void Dispose() => inner.Dispose();
    }
}

internal sealed record ImportResult(string Store, int Contacts, int Subscriptions, int Refused, TimeSpan Total, TimeSpan Writing, TimeSpan Reading)
{
    public TimeSpan Lines => Total - Writing - Reading;
}
