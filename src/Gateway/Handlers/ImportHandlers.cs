using BackInStock.Gateway.Contract;
using BackInStock.Gateway.Generated;
using BackInStock.Gateway.Tenancy;
using Domain = BackInStock.Emulator.Import;

namespace BackInStock.Gateway.Handlers;

/// <summary>Bulk loading into the request's tenant (emulator-only).</summary>
public sealed class ImportHandlers(TenantContext tenant) : IImportHandlers
{
    async Task<ImportReport> IImportHandlers.ImportData(Stream body, CancellationToken cancellationToken) =>
        ToDto(await tenant.Emulator.Import.LoadAsync(body, new ContractImportCheck(), cancellationToken));

    private static ImportReport ToDto(Domain.ImportReport report) => new()
    {
        Imported = new ImportCounts
        {
            Contacts = report.Imported.Contacts,
            Subscriptions = report.Imported.Subscriptions,
            StockLevels = report.Imported.StockLevels,
            Receipts = report.Imported.Receipts,
        },
        Refused = report.Refused,
        Errors = [.. report.Errors.Select(line => new ImportLineError
        {
            Line = line.Line,
            Errors = [.. line.Errors.Select(e => new ImportFieldError { Path = e.Path, Message = e.Message })],
        })],
        Truncated = report.Truncated,
    };
}
