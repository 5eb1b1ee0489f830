namespace BackInStock.Emulator.Errors;

/// <summary>A request the emulator refuses, carrying its catalogue entry and the occurrence's own detail.</summary>
/// <param name="fields">For a validation error the emulator finds itself: each invalid field by JSON path.</param>
public sealed class EmulatorException(
    EmulatorError error, string detail, IReadOnlyDictionary<string, List<string>>? fields = null)
    : Exception(detail)
{
    public EmulatorError Error { get; } = error;

    public IReadOnlyDictionary<string, List<string>>? Fields { get; } = fields;

    /// <summary>What the error answer carries as Engage's <c>messageDetails</c>, e.g. the contacts a lookup matched.</summary>
    public MessageDetails? MessageDetails { get; init; }
}
