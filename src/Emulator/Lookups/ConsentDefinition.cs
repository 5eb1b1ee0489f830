namespace BackInStock.Emulator.Lookups;

/// <summary>
/// A consent the tenant asks contacts for (Voyado's "Consents" page): its id (what a contact's consents
/// name), its name, and its texts per culture (sv-SE, en-GB) as the v2 swagger's metaData shows them.
/// </summary>
public sealed class ConsentDefinition
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>The full terms, HTML, per culture.</summary>
    public Dictionary<string, string> ConditionText { get; init; } = [];

    /// <summary>The question shown at the point of sale or on the site, per culture.</summary>
    public Dictionary<string, string> DisplayText { get; init; } = [];

    /// <summary>The text of the link to the full terms, per culture.</summary>
    public Dictionary<string, string> LinkText { get; init; } = [];
}
