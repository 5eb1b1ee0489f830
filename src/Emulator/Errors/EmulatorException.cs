namespace BackInStock.Emulator.Errors;

/// <summary>A request the emulator refuses, carrying its catalogue entry and the occurrence's own detail.</summary>
public sealed class EmulatorException(EmulatorError error, string detail) : Exception(detail)
{
    public EmulatorError Error { get; } = error;
}
