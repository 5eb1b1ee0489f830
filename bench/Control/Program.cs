// The control for `make bench`: bare Kestrel answering the same JSON a contact's subscription list is,
// with no routing groups, validation, auth or storage, so the gateway's cost can be read as a ratio.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var now = DateTimeOffset.UtcNow;
var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new
{
    data = Enumerable.Range(0, 10).Select(i => new
    {
        id = Guid.NewGuid(),
        contactId = Guid.NewGuid(),
        sku = $"SKU-{i:D6}",
        locale = "sv-SE",
        createdOn = now,
    }),
});
app.MapGet("/json", () => Results.Bytes(body, "application/json"));
app.Run();
