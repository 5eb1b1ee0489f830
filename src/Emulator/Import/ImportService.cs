using System.Buffers;
using System.Text.Json;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Storage;

namespace BackInStock.Emulator.Import;

/// <summary>
/// Bulk loading: NDJSON lines of contacts, subscriptions, stock levels and receipts, each checked as Engage would
/// check the request that makes it, stored in chunks. A refused line stores nothing; the good lines are stored.
/// An import restores state, so it triggers nothing. The body is read a block at a time: the lines are never all held.
/// </summary>
public sealed class ImportService(IEmulatorStore store, TimeProvider time, ContactService contacts)
{
    /// <summary>How many records go to the store in one transaction.</summary>
    public const int ChunkSize = 10_000;

    /// <summary>The longest line read (a line is one record); the same as the largest JSON body by default.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    /// <summary>How many refused lines the report lists; it counts them all.</summary>
    public const int MaxReportedLines = 100;

    private const int BlockBytes = 64 * 1024;

    /// <summary>Loads every line of <paramref name="utf8Lines"/>, then reports what was stored and what was refused.</summary>
    /// <param name="check">The contract's check of each line; without one, only what the emulator reads and its rules are checked.</param>
    public async Task<ImportReport> LoadAsync(Stream utf8Lines, IImportLineCheck? check = null, CancellationToken cancellationToken = default)
    {
        var run = new ImportRun(store, contacts, check, time.GetUtcNow());
        var buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        try
        {
            int start = 0, end = 0, number = 0;
            var skipping = false;
            while (true)
            {
                var read = await utf8Lines.ReadAsync(buffer.AsMemory(end), cancellationToken);
                end += read;
                var finished = read == 0;
                while (buffer.AsSpan(start, end - start).IndexOf((byte)'\n') is var newline and >= 0)
                {
                    if (skipping)
                    {
                        // The end of a line already refused as too long.
                        skipping = false;
                    }
                    else if (run.Line(buffer.AsMemory(start, newline), ++number))
                    {
                        start += newline + 1;
                        await run.HandOverAsync();
                        continue;
                    }

                    start += newline + 1;
                }

                if (finished)
                {
                    if (end > start && !skipping)
                    {
                        run.Line(buffer.AsMemory(start, end - start), ++number);
                    }


                    break;
                }

                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
                if (end < buffer.Length)
                {
                    continue;
                }

                if (skipping)
                {
                    end = 0;
                }
                else if (buffer.Length > MaxLineBytes + 1)
                {
                    run.TooLong(++number);
                    skipping = true;
                    end = 0;
                }
                else
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxLineBytes + 2));
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            await run.FinishAsync();
            return run.Report();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The kind a line's only member names, ignoring case, or null.</summary>
    internal static ImportKind? KindOf(JsonProperty member) =>
        JsonFields.Is(member, "subscription"u8) ? ImportKind.Subscription
        : JsonFields.Is(member, "contact"u8) ? ImportKind.Contact
        : JsonFields.Is(member, "stockLevel"u8) ? ImportKind.StockLevel
        : JsonFields.Is(member, "receipt"u8) ? ImportKind.Receipt
        : null;

    /// <summary>The path of a line's record (<c>$.subscription</c>), for a problem of the record as a whole.</summary>
    internal static string KindPath(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.EnumerateObject().FirstOrDefault() is { Name: { Length: > 0 } name } ? "$." + name : "$";
}

/// <summary>What one line of an import holds.</summary>
internal enum ImportKind
{
    Contact,
    Subscription,
    StockLevel,
    Receipt,
}
