using System.Text.Json;
using BackInStock.Emulator.Contacts;
using BackInStock.Emulator.Errors;
using BackInStock.Emulator.Receipts;
using BackInStock.Emulator.StockLevels;
using BackInStock.Emulator.Storage;
using BackInStock.Emulator.Subscriptions;

namespace BackInStock.Emulator.Import;

/// <summary>
/// One import, line by line: each line is read, checked by the contract (when given) and by Engage's rules against
/// the stored data and the lines before it, then kept for the next chunk, which goes to the store in one
/// transaction. What the import must remember across chunks is kept small: ids, keys and 64-bit hashes, never lines.
/// </summary>
internal sealed class ImportRun
{
    // Names ignoring case, as they bind; numbers as numbers only, as the contract has them.
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly IEmulatorStore _store;
    private readonly ContactService _contactRules;
    private readonly IImportLineCheck? _check;
    private readonly DateTimeOffset _start;
    private readonly ImportIds _ids = new();
    private long _stamped;

    // The chunk being read, and the one being stored meanwhile (on another thread: the store's work and the
    // reading of lines overlap, each on one core). Both are searched as the store would be, until stored.
    private ImportChunk _chunk = new();
    private ImportChunk? _storing;
    private Task? _stored;

    // What the import knows across chunks.
    private readonly HashSet<Guid> _existing = [];
    private readonly HashSet<Guid> _absent = [];
    private readonly Dictionary<string, Guid> _emails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _contactKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, int> _subscriptionKeys = [];
    private readonly HashSet<Guid> _subscriptionIds = [];
    private readonly Dictionary<string, int> _receiptIds = new(StringComparer.Ordinal);

    // A contact known to be stored: gone at a chunk's commit means the tenant was reset meanwhile.
    private Guid? _probe;

    // The tenant held no contacts, so no subscriptions or receipts, when the import began: nothing stored can repeat
    // a line, and the look-ups that would find it are skipped (the whole cost of checking a contact line, otherwise).
    private readonly bool _fresh;

    private readonly List<ImportFieldError> _problems = [];
    private readonly List<ImportLineError> _refusedLines = [];
    private int _refused;
    private int _contactCount;
    private int _subscriptionCount;
    private int _stockLevelCount;
    private int _receiptCount;

    public ImportRun(IEmulatorStore store, ContactService contactRules, IImportLineCheck? check, DateTimeOffset start)
    {
        _store = store;
        _contactRules = contactRules;
        _check = check;
        _start = start;
        _fresh = !store.Read(session => session.HasContacts());
    }

    public ImportReport Report() => new(
        new ImportCounts(_contactCount, _subscriptionCount, _stockLevelCount, _receiptCount),
        _refused,
        _refusedLines,
        _refused > _refusedLines.Count);

    public void TooLong(int number) =>
        Refuse(number, new ImportFieldError("$", $"is longer than {ImportService.MaxLineBytes} bytes; a line holds one record."));

    /// <summary>Reads, checks and keeps one line (without its line break); true when the chunk is full, to be handed over.</summary>
    public bool Line(ReadOnlyMemory<byte> utf8, int number)
    {
        var bytes = utf8.Span;
        if (bytes.Trim(" \t\r"u8).IsEmpty)
        {
            return false;
        }

        if (bytes.Length > ImportService.MaxLineBytes)
        {
            TooLong(number);
            return false;
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            Refuse(number, new ImportFieldError("$", "is not valid UTF-8; an import is UTF-8 text."));
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException invalid)
        {
            Refuse(number, new ImportFieldError("$", $"is not valid JSON (byte {invalid.BytePositionInLine + 1}); each line must be one JSON object."));
            return false;
        }

        using (document)
        {
            _problems.Clear();
            try
            {
                Record(document.RootElement, number);
            }
            catch (EmulatorException refused)
            {
                Problems(refused, _problems, ImportService.KindPath(document.RootElement));
            }
            catch (InvalidOperationException broken) when (broken.TargetSite?.DeclaringType?.Assembly == typeof(JsonElement).Assembly)
            {
                // JsonDocument accepts "\uD800" and fails only when the string is read.
                _problems.Add(new ImportFieldError("$", "holds a string that is not valid Unicode: a \\u escape names half of a surrogate pair."));
            }

            if (_problems.Count > 0)
            {
                Refuse(number, [.. _problems]);
            }
        }

        return _chunk.Count >= ImportService.ChunkSize;
    }

    /// <summary>
    /// Starts storing the chunk read so far, in one transaction, once the one before it is stored: at most one
    /// chunk is stored while the next is read. A failure to store surfaces here or in <see cref="FinishAsync"/>.
    /// </summary>
    public async Task HandOverAsync()
    {
        await StoredAsync();
        if (_chunk.Count == 0)
        {
            return;
        }

        var chunk = _chunk;
        var probe = _probe;
        _chunk = new ImportChunk();
        _storing = chunk;
        _stored = Task.Run(() => Store(chunk, probe));

        // Stored before the next chunk's transaction begins, which checks it is still there.
        _probe ??= chunk.Contacts.Count > 0 ? chunk.Contacts[0].Id : null;
    }

    /// <summary>Stores what is left and waits until every chunk is stored.</summary>
    public async Task FinishAsync()
    {
        await HandOverAsync();
        await StoredAsync();
    }

    private async Task StoredAsync()
    {
        if (_stored is { } stored)
        {
            await stored;
            _stored = null;
            _storing = null;
        }
    }

    private void Store(ImportChunk chunk, Guid? probe) => _store.Write(session =>
    {
        if (probe is { } id && session.FindContact(id) is null)
        {
            throw new EmulatorException(ErrorCatalogue.ImportInterrupted, "The tenant was reset while the import ran: the lines stored before the reset are gone with it, and nothing after it was stored. Import the file again.");
        }

        session.InsertImported(chunk.Contacts, chunk.Subscriptions, chunk.StockLevels, chunk.Receipts);
        return true;
    });

    private void Record(JsonElement root, int number)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _problems.Add(new("$", $"must be an object with one member (contact, subscription, stockLevel or receipt), not {JsonKinds.Describe(root.ValueKind)}."));
            return;
        }

        JsonProperty? only = null;
        var members = 0;
        foreach (var member in root.EnumerateObject())
        {
            only = member;
            members++;
        }

        if (members != 1 || ImportService.KindOf(only!.Value) is not { } kind)
        {
            _problems.Add(new("$", members == 1
                ? $"names no kind of record: '{only!.Value.Name}' is none of contact, subscription, stockLevel or receipt."
                : $"must have exactly one member (contact, subscription, stockLevel or receipt), not {members}."));
            return;
        }

        var value = only.Value.Value;
        var path = "$." + only.Value.Name;
        if (value.ValueKind != JsonValueKind.Object)
        {
            _problems.Add(new(path, $"must be an object, not {JsonKinds.Describe(value.ValueKind)}."));
            return;
        }

        _check?.Check(root, _problems);
        if (_problems.Count > 0)
        {
            return;
        }

        switch (kind)
        {
            case ImportKind.Subscription:
                Subscription(value, path, number);
                break;
            case ImportKind.Contact:
                Contact(value, path, number);
                break;
            case ImportKind.StockLevel:
                StockLevel(value, path);
                break;
            default:
                Receipt(value, path);
                break;
        }
    }

    private void Subscription(JsonElement value, string path, int number)
    {
        Guid? id = null, contactId = null;
        string? email = null, sku = null, locale = null, externalId = null;
        DateTimeOffset? createdOn = null;
        foreach (var field in value.EnumerateObject())
        {
            if (JsonFields.Is(field, "sku"u8))
            {
                sku = JsonFields.Text(field, path, _problems);
            }
            else if (JsonFields.Is(field, "locale"u8))
            {
                locale = JsonFields.Text(field, path, _problems);
            }
            else if (JsonFields.Is(field, "contactId"u8))
            {
                contactId = JsonFields.Uuid(field, path, _problems);
            }
            else if (JsonFields.Is(field, "externalId"u8))
            {
                externalId = JsonFields.Text(field, path, _problems);
            }
            else if (JsonFields.Is(field, "email"u8))
            {
                email = JsonFields.Text(field, path, _problems);
            }
            else if (JsonFields.Is(field, "id"u8))
            {
                id = JsonFields.Uuid(field, path, _problems);
            }
            else if (JsonFields.Is(field, "createdOn"u8))
            {
                createdOn = JsonFields.DateTime(field, path, _problems);
            }
        }

        Required(sku, path + ".sku");
        Required(locale, path + ".locale");
        if (contactId is null && string.IsNullOrEmpty(email))
        {
            _problems.Add(new(path + ".contactId", "is required, or the contact's email instead."));
        }

        Indexed(path + ".sku", sku, IndexedText.Sku);
        Indexed(path + ".locale", locale, IndexedText.Locale);
        Indexed(path + ".externalId", externalId, IndexedText.ExternalId);
        if (_problems.Count > 0)
        {
            return;
        }

        var contact = contactId is { } byId ? (Exists(byId) ? byId : null) : ByEmail(email!);
        if (contact is not { } owner)
        {
            _problems.Add(contactId is { } missing
                ? new(path + ".contactId", $"No contact has the id {missing}: the contact must be stored already or be on an earlier line.")
                : new(path + ".email", $"No contact has the email address {email}: the contact must be stored already or be on an earlier line."));
            return;
        }

        var key = SubscriptionKey.Of(owner, sku!, locale!, externalId);
        if (Duplicate(key, owner, sku!, locale!, externalId) is { } duplicate)
        {
            _problems.Add(new(path, duplicate));
            return;
        }

        if (id is { } given && (!_subscriptionIds.Add(given) || (!_fresh && _store.Read(session => session.SubscriptionExists(given)))))
        {
            _problems.Add(new(path + ".id", $"is already the id of another subscription; ids must be new."));
            return;
        }

        var created = createdOn ?? Stamp();
        var subscription = new Subscription(id ?? _ids.Next(created), owner, sku!, locale!, externalId, created);
        _chunk.Subscriptions.Add(subscription);
        _subscriptionKeys.TryAdd(key, number);
        _chunk.SubscriptionsByKey.TryAdd(key, subscription);
        _subscriptionCount++;
    }

    /// <summary>Why the subscription repeats one already stored or on an earlier line, or null when it is new.</summary>
    private string? Duplicate(ulong key, Guid contactId, string sku, string locale, string? externalId)
    {
        if (!_subscriptionKeys.TryGetValue(key, out var line))
        {
            return null;
        }

        // The hash matched: the subscription it stands for is in a chunk not stored yet, or stored; compared in full.
        const string Same = "the same contact, sku, locale and externalId; subscribing again would only return that subscription";
        var same = _chunk.Same(key, contactId, sku, locale, externalId)
            ?? _storing?.Same(key, contactId, sku, locale, externalId)
            ?? _store.Read(session => session.SubscriptionsOf(contactId, sku)).FirstOrDefault(s => s.IsSame(contactId, sku, locale, externalId));
        return same is null ? null
            : line == 0 ? $"is already stored as subscription {same.Id}: {Same}."
            : $"repeats line {line}: {Same}.";
    }

    private void Contact(JsonElement value, string path, int number)
    {
        var line = Read<ContactLine>(value, path);
        if (line is null)
        {
            return;
        }

        if (line.Id is { } given && (_existing.Contains(given) || (!_fresh && Exists(given))))
        {
            _problems.Add(new(path + ".id", "is already the id of another contact; ids must be new."));
            return;
        }

        var request = new NewContact(
            line.Email,
            line.FirstName,
            line.LastName,
            line.Language ?? line.Lang,
            line.CountryCode,
            line.Preferences?.AcceptsEmail ?? line.AcceptsEmail ?? false,
            line.ContactType)
        {
            MobilePhone = line.MobilePhone,
            ExternalId = line.ExternalId,
            SocialSecurityNumber = line.SocialSecurityNumber,
            AcceptsSms = line.Preferences?.AcceptsSms ?? line.AcceptsSms ?? false,
            Consents = line.Consents?.Where(c => c.Id is not null).Select(c => new NewConsent(c.Id!, c.Value, c.Date, c.Source, c.Comment)).ToList() ?? [],
        };
        var created = Stamp();
        var (contact, keyValue) = _contactRules.Prepare(request, line.Id ?? _ids.Next(created), created);
        var keyName = _contactRules.KeyIdentifier;
        var dedupe = keyName == ContactKey.Email ? EmailAddress.Key(keyValue) : keyValue;
        if (_contactKeys.TryGetValue(dedupe, out var first))
        {
            _problems.Add(new(path + "." + KeyMember(keyName), $"repeats line {first}: a contact with the {KeyMember(keyName)} {keyValue} is on that line, and the tenant's key identifier names one contact."));
            return;
        }

        try
        {
            _contactRules.RequireNewKey(_fresh ? [] : _store.Read(session => session.FindContacts(keyName, keyValue)), keyValue);
        }
        catch (EmulatorException taken)
        {
            _problems.Add(new(path + "." + KeyMember(keyName), taken.Message));
            return;
        }

        _chunk.Contacts.Add(contact);
        _chunk.ContactsById[contact.Id] = contact;
        _existing.Add(contact.Id);
        _absent.Remove(contact.Id);
        _contactKeys[dedupe] = number;
        if (contact.Email is { } address)
        {
            _emails.TryAdd(EmailAddress.Key(address), contact.Id);
        }

        _contactCount++;
    }

    private void StockLevel(JsonElement value, string path)
    {
        string? sku = null, locale = null, externalId = null;
        int? quantity = null;
        var hasQuantity = false;
        foreach (var field in value.EnumerateObject())
        {
            if (JsonFields.Is(field, "sku"u8))
            {
                sku = JsonFields.Text(field, path, _problems);
            }
            else if (JsonFields.Is(field, "quantity"u8))
            {
                hasQuantity = true;
                quantity = JsonFields.WholeNumber(field, path, _problems);
            }
            else if (JsonFields.Is(field, "locale"u8))
            {
                locale = JsonFields.Text(field, path, _problems);
            }
            else if (JsonFields.Is(field, "externalId"u8))
            {
                externalId = JsonFields.Text(field, path, _problems);
            }
        }

        Required(sku, path + ".sku");
        if (!hasQuantity)
        {
            _problems.Add(new(path + ".quantity", "is required."));
        }

        Indexed(path + ".sku", sku, IndexedText.Sku);
        Indexed(path + ".locale", locale, IndexedText.Locale);
        Indexed(path + ".externalId", externalId, IndexedText.ExternalId);
        if (_problems.Count > 0 || quantity is not { } level)
        {
            return;
        }

        // Nothing triggers: an import restores state. No batch set the level, so its batch id is empty, and any batch replaces it.
        _chunk.StockLevels.Add(new StockLevel(sku!, locale, externalId, level, _start, Guid.Empty));
        _stockLevelCount++;
    }

    private void Receipt(JsonElement value, string path)
    {
        var line = Read<ReceiptLine>(value, path);
        if (line is null)
        {
            return;
        }

        Required(line.Contact?.MatchKey, path + ".contact.matchKey");
        Required(line.Contact?.MatchKeyType, path + ".contact.matchKeyType");
        Required(line.UniqueReceiptId, path + ".uniqueReceiptId");
        if (line.CreatedDate is null)
        {
            _problems.Add(new(path + ".createdDate", "is required."));
        }

        if (line.Items is not { Count: > 0 } items || items.Any(i => string.IsNullOrEmpty(i.Type) || string.IsNullOrEmpty(i.Sku)))
        {
            _problems.Add(new(path + ".items", "is required: one item or more, each with a type and a sku."));
        }

        Indexed(path + ".uniqueReceiptId", line.UniqueReceiptId, IndexedText.ReceiptId);
        if (_problems.Count > 0)
        {
            return;
        }

        var receiptId = line.UniqueReceiptId!;
        Contact contact;
        try
        {
            contact = ReceiptService.Match(ContactById, FindContacts, line.Contact!.MatchKey!, line.Contact.MatchKeyType!, line.Contact.ContactType);
        }
        catch (EmulatorException unmatched)
        {
            _problems.Add(new(path + ".contact.matchKey", unmatched.Message));
            return;
        }

        if (_receiptIds.ContainsKey(receiptId) || (!_fresh && _store.Read(session => session.FindReceipt(receiptId)) is not null))
        {
            _problems.Add(new(path + ".uniqueReceiptId", $"'{receiptId}' is already a receipt's uniqueReceiptId: Engage ignores a duplicate receipt."));
            return;
        }

        _receiptIds[receiptId] = 0;
        _chunk.Receipts.Add(new Receipt(receiptId, contact.Id, line.CreatedDate!.Value, [.. line.Items!.Select(i => new ReceiptItem(i.Type!.ToUpperInvariant(), i.Sku!, i.Quantity))]));
        _receiptCount++;
    }

    private T? Read<T>(JsonElement value, string path)
        where T : class
    {
        try
        {
            return value.Deserialize<T>(ReadOptions);
        }
        catch (JsonException unreadable)
        {
            _problems.Add(new(path + (unreadable.Path ?? "$")[1..], "could not be read: " + unreadable.Message));
            return null;
        }
    }

    /// <summary>Whether the contact is stored or on an earlier line; a stored one is looked up once.</summary>
    private bool Exists(Guid contactId)
    {
        if (_existing.Contains(contactId))
        {
            return true;
        }

        if (_absent.Contains(contactId))
        {
            return false;
        }

        if (_store.Read(session => session.FindContact(contactId)) is null)
        {
            _absent.Add(contactId);
            return false;
        }

        Found(contactId);
        return true;
    }

    private Guid? ByEmail(string email)
    {
        var key = EmailAddress.Key(email);
        if (_emails.TryGetValue(key, out var id))
        {
            return id;
        }

        if (_store.Read(session => session.FindContactByEmail(email)) is not { } stored)
        {
            return null;
        }

        _emails[key] = stored.Id;
        if (_existing.Contains(stored.Id))
        {
            return stored.Id;
        }

        Found(stored.Id);
        return stored.Id;
    }

    /// <summary>A stored contact met for the first time: its stored subscriptions join the duplicate check, as line 0.</summary>
    private void Found(Guid contactId)
    {
        _existing.Add(contactId);
        _probe ??= contactId;
        foreach (var stored in _store.Read(session => session.SubscriptionsOf(contactId)))
        {
            _subscriptionKeys.TryAdd(SubscriptionKey.Of(stored.ContactId, stored.Sku, stored.Locale, stored.ExternalId), 0);
        }
    }

    private Contact? ContactById(Guid id) =>
        _chunk.ContactsById.GetValueOrDefault(id) ?? _storing?.ContactsById.GetValueOrDefault(id) ?? _store.Read(session => session.FindContact(id));

    // The store's look-up, and the same look-up over the chunks the store does not hold yet.
    private IReadOnlyList<Contact> FindContacts(ContactKey key, string value)
    {
        var storing = _storing;
        var found = _store.Read(session => session.FindContacts(key, value)).ToList();
        found.AddRange(_chunk.Contacts.Where(c => Holds(c, key, value)));
        if (storing is not null)
        {
            // Stored meanwhile, it is found twice.
            found.AddRange(storing.Contacts.Where(c => Holds(c, key, value) && !found.Exists(f => f.Id == c.Id)));
        }

        return found;
    }

    private static bool Holds(Contact contact, ContactKey key, string value) => key switch
    {
        ContactKey.Email => contact.Email is { } email && EmailAddress.Key(email) == EmailAddress.Key(value),
        ContactKey.MobilePhone => contact.MobilePhone == value,
        ContactKey.ExternalId => contact.ExternalId == value,
        _ => SocialSecurityNumber.Key(contact.SocialSecurityNumber) == value,
    };

    private static string KeyMember(ContactKey key) => key switch
    {
        ContactKey.Email => "email",
        ContactKey.MobilePhone => "mobilePhone",
        ContactKey.ExternalId => "externalId",
        _ => "socialSecurityNumber",
    };

    // Records without a time of their own are stamped one tick apart in file order, so "oldest first" keeps the file's order.
    private DateTimeOffset Stamp() => _start.AddTicks(_stamped++);

    private void Required(string? value, string path)
    {
        if (string.IsNullOrEmpty(value))
        {
            _problems.Add(new(path, "is required."));
        }
    }

    private void Indexed(string path, string? value, int maxLength)
    {
        if (IndexedText.Problem(value, maxLength) is { } problem)
        {
            _problems.Add(new(path, problem));
        }
    }

    private void Refuse(int number, params ImportFieldError[] problems)
    {
        _refused++;
        if (_refusedLines.Count < ImportService.MaxReportedLines)
        {
            _refusedLines.Add(new ImportLineError(number, problems));
        }
    }

    /// <summary>An emulator refusal as the line's problems: its fields, given from the record's root, moved under the line's member.</summary>
    private static void Problems(EmulatorException refused, List<ImportFieldError> problems, string kindPath)
    {
        if (refused.Fields is not { Count: > 0 } fields)
        {
            problems.Add(new(kindPath, refused.Message));
            return;
        }

        foreach (var (field, messages) in fields)
        {
            var path = field.StartsWith('$') ? kindPath + field[1..] : kindPath + "." + field;
            problems.AddRange(messages.Select(message => new ImportFieldError(path, message)));
        }
    }
}
