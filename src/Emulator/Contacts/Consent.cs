namespace BackInStock.Emulator.Contacts;

/// <summary>One consent a contact gave or withdrew, as Engage's v2 model <c>IApiConsent</c> has it.</summary>
/// <param name="Id">The tenant's consent definition id, e.g. <c>memberConsent</c>.</param>
public sealed record Consent(string Id, bool Value, DateTimeOffset Date, string? Source, string? Comment);
