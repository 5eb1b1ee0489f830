namespace BackInStock.Emulator.Errors;

/// <summary>A request the emulator refuses, carrying its catalogue entry and the occurrence's own detail.</summary>
/// <param name="fields">For a validation error the emulator finds itself: each invalid field by JSON path.</param>
/// <param name="matches">For <see cref="ErrorCatalogue.MultipleMatches"/>: the id of every contact the lookup matched.</param>
public sealed class EmulatorException(
    EmulatorError error, string detail, IReadOnlyDictionary<string, List<string>>? fields = null, IReadOnlyList<string>? matches = null)
    : Exception(detail)
{
    public EmulatorError Error { get; } = error;

    public IReadOnlyDictionary<string, List<string>>? Fields { get; } = fields;

    public IReadOnlyList<string>? Matches { get; } = matches;
}
