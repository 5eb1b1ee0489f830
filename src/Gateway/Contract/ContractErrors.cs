using BackInStock.Emulator.Advice;
using BackInStock.Emulator.Errors;

namespace BackInStock.Gateway.Contract;

/// <summary>
/// Everything wrong with one request, keyed by JSON path (body) or parameter name, in the order found.
/// </summary>
public sealed class ContractErrors
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    /// <summary>The catalogue entry the problem is answered with: a field error unless the body itself was unusable.</summary>
    public EmulatorError Error { get; private set; } = ErrorCatalogue.ValidationError;

    public int Count => _fields.Count;

    public IReadOnlyDictionary<string, List<string>> Fields => _fields;

    /// <summary>
    /// Whether the checks also note what is valid but suspicious (unknown properties): only the
    /// validate command and route ask, so serving a request never pays for it.
    /// </summary>
    public bool CollectsWarnings { get; init; }

    public List<Advice> Warnings { get; } = [];

    public void Warn(string path, string code, string message) => Warnings.Add(new Advice(path, code, message));

    public void Add(string path, string message)
    {
        if (!_fields.TryGetValue(path, out var messages))
        {
            messages = [];
            _fields[path] = messages;
        }

        messages.Add(message);
    }

    /// <summary>Forgets what was found so far, for a failure that makes it meaningless.</summary>
    public void Clear()
    {
        _fields.Clear();
        Warnings.Clear();
    }

    /// <summary>Records a failure of the request as a whole (media type, size, syntax) rather than of one field.</summary>
    public void Fail(EmulatorError error, string path, string message)
    {
        Error = error;
        Add(path, message);
    }
}
