namespace BackInStock.Emulator.Import;

/// <summary>What an import loaded, and the lines it refused (the first <see cref="ImportService.MaxReportedLines"/>).</summary>
/// <param name="Refused">How many lines were refused; none of them stored anything.</param>
/// <param name="Truncated">More lines were refused than <paramref name="Errors"/> lists.</param>
public sealed record ImportReport(ImportCounts Imported, int Refused, IReadOnlyList<ImportLineError> Errors, bool Truncated);

/// <summary>How many records of each kind an import stored.</summary>
public sealed record ImportCounts(int Contacts, int Subscriptions, int StockLevels, int Receipts);

/// <summary>A refused line, numbered from 1 (blank lines count), with every problem found on it.</summary>
public sealed record ImportLineError(int Line, IReadOnlyList<ImportFieldError> Errors);

/// <summary>One problem of a line, at its JSON path within the line (<c>$</c> for the line as a whole).</summary>
public sealed record ImportFieldError(string Path, string Message);
