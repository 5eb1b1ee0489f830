using System.Globalization;
using System.Text;
using BackInStock.Emulator;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Subscriptions;
using BackInStock.Gateway.Contract;

namespace BackInStock.Bench;

/// <summary>
/// The one way the in-process bench loads its shoppers and their subscriptions, so "loading 1,000,000
/// subscriptions" (issue 16's goal) measures whatever this does: the import a partner would run, an NDJSON
/// file of contacts then subscriptions through <see cref="EngageEmulator.Import"/>, each line checked against
/// the contract as `POST /emulator/import` checks it. The file is written before the clock starts.
/// </summary>
internal static class Seeding
{
    public const string Method = "the import (EngageEmulator.Import, as POST /emulator/import runs it: every line checked against the contract and the rules, stored in chunks of 10,000) of an NDJSON file of the contacts, then their subscriptions";

    /// <summary>Writes the shoppers and their subscriptions as the import's lines; returns the file.</summary>
    public static string Prepare(string directory, IReadOnlyList<Contact> contacts, IEnumerable<Subscription> subscriptions)
    {
        var path = Path.Combine(directory, $"seed-{Guid.NewGuid():N}.ndjson");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        foreach (var c in contacts)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{{\"contact\":{{\"id\":\"{c.Id}\",\"email\":\"{c.Email}\",\"countryCode\":\"US\",\"acceptsEmail\":true}}}}\n"));
        }

        foreach (var s in subscriptions)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{{\"subscription\":{{\"contactId\":\"{s.ContactId}\",\"sku\":\"{s.Sku}\",\"locale\":\"{s.Locale}\"}}}}\n"));
        }

        return path;
    }

    /// <summary>Imports a prepared file; every line must load (a refused line is a bug in the bench's data).</summary>
    public static void Load(EngageEmulator emulator, string file)
    {
        using var lines = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var report = emulator.Import.LoadAsync(lines, new ContractImportCheck()).GetAwaiter().GetResult();
        if (report.Refused > 0)
        {
            throw new InvalidOperationException($"The bench's seed data has {report.Refused} refused line(s), e.g. line {report.Errors[0].Line}: {report.Errors[0].Errors[0].Message}");
        }
    }

    /// <summary>Prepares and imports at once, for scenarios that do not time the load.</summary>
    public static void Load(EngageEmulator emulator, string directory, IReadOnlyList<Contact> contacts, IEnumerable<Subscription> subscriptions)
    {
        var file = Prepare(directory, contacts, subscriptions);
        try
        {
            Load(emulator, file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
