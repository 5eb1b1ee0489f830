namespace BackInStock.Emulator.Import;

// The records of an import line that the emulator reads whole (contacts and receipts are few beside
// subscriptions, so the serializer reads them); names bind ignoring case, as on Engage's routes. Only what the
// emulator keeps is here: the contract check, when the caller gives one, has already checked the rest.

internal sealed class ContactLine
{
    public Guid? Id { get; set; }

    public string? Email { get; set; }

    public string? MobilePhone { get; set; }

    public string? ExternalId { get; set; }

    public string? SocialSecurityNumber { get; set; }

    public string? ContactType { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Language { get; set; }

    public string? Lang { get; set; }

    public string? CountryCode { get; set; }

    public bool? AcceptsEmail { get; set; }

    public bool? AcceptsSms { get; set; }

    public PreferencesLine? Preferences { get; set; }

    public List<ConsentLine>? Consents { get; set; }
}

internal sealed class PreferencesLine
{
    public bool? AcceptsEmail { get; set; }

    public bool? AcceptsSms { get; set; }
}

internal sealed class ConsentLine
{
    public string? Id { get; set; }

    public bool Value { get; set; }

    public DateTimeOffset? Date { get; set; }

    public string? Source { get; set; }

    public string? Comment { get; set; }
}

internal sealed class ReceiptLine
{
    public ReceiptContactLine? Contact { get; set; }

    public string? UniqueReceiptId { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public List<ReceiptItemLine>? Items { get; set; }
}

internal sealed class ReceiptContactLine
{
    public string? MatchKey { get; set; }

    public string? MatchKeyType { get; set; }

    public string? ContactType { get; set; }
}

internal sealed class ReceiptItemLine
{
    public string? Type { get; set; }

    public string? Sku { get; set; }

    public int Quantity { get; set; }
}
