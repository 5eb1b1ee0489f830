namespace BackInStock.Emulator.Advice;

/// <summary>
/// A warning about a payload that is valid by the contract but will not do what its sender likely
/// expects under Engage's rules (the seed pages'): where it applies, a stable code, and why.
/// </summary>
/// <param name="Path">The JSON path of the part of the payload the warning is about.</param>
/// <param name="Code">A stable name for the rule, for filtering in CI.</param>
public sealed record Advice(string Path, string Code, string Message);
