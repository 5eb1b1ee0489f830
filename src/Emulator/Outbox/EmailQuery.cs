namespace BackInStock.Emulator.Outbox;

/// <summary>Which outbox emails to list, newest first, skipping <paramref name="Offset"/> of them.</summary>
/// <param name="To">The recipient, compared as contacts are (Unicode-normalized, ignoring case).</param>
/// <param name="Locale">The subscription's locale, ignoring case.</param>
/// <param name="AutomationId">The automation that sent it, exactly.</param>
public sealed record EmailQuery(
    Guid? ContactId = null,
    string? Sku = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int Limit = 100,
    int Offset = 0,
    string? To = null,
    string? Locale = null,
    string? AutomationId = null);
