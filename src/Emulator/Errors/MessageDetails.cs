namespace BackInStock.Emulator.Errors;

/// <summary>Engage's <c>messageDetails</c>: what an error carries beyond its message.</summary>
/// <param name="MultipleMatchesFound">On <c>MultipleMatches</c>: the id of every contact the lookup found, oldest first.</param>
public sealed record MessageDetails(IReadOnlyList<Guid>? MultipleMatchesFound = null);
