using System.Text.Json;
using BackInStock.Emulator.Import;
using ImportLine = BackInStock.Gateway.Generated.ImportLine;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// Each import line checked as a request body is: repeated properties, then the validators generated from the
/// contract's <c>ImportLine</c> schema. One per import: it reuses its error list from line to line.
/// </summary>
public sealed class ContractImportCheck : IImportLineCheck
{
    private readonly ContractErrors _errors = new();

    public void Check(JsonElement line, List<ImportFieldError> errors)
    {
        _errors.Clear();
        DuplicateProperties.Check(line, "$", _errors);
        ImportLine.ValidateJson(line, "$", _errors);
        foreach (var (path, messages) in _errors.Fields)
        {
            foreach (var message in messages)
            {
                errors.Add(new ImportFieldError(path, message));
            }
        }
    }
}
