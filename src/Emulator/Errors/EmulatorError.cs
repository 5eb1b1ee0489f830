namespace BackInStock.Emulator.Errors;

/// <summary>One entry of the error catalogue: a stable code clients can switch on, its HTTP status and a title.</summary>
/// <param name="Code">Engage's own error code where Engage has one (for example <c>ContactNotFound</c>).</param>
/// <param name="Status">The HTTP status the gateway answers with.</param>
/// <param name="Title">A short, human summary that never changes between occurrences.</param>
public sealed record EmulatorError(string Code, int Status, string Title);
