using System.Net.Http.Json;
using System.Text.Json;

namespace BackInStock.Bench;

/// <summary>Seeds a running gateway over HTTP (loopback): contacts, each with some subscriptions; prints one contact id.</summary>
internal static class HttpSeeder
{
    public static async Task<Guid> Run(Uri baseAddress, string apiKey, int contacts, int perContact)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Add("apikey", apiKey);
        var ids = new Guid[contacts];
        await Parallel.ForEachAsync(Enumerable.Range(0, contacts), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, token) =>
        {
            var created = await http.PostAsJsonAsync("/api/v3/contacts", new { email = $"seed{i}-{Guid.NewGuid():N}@example.com" }, token);
            await Ensure(created, token);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetGuid();
            ids[i] = id;
            for (var s = 0; s < perContact; s++)
            {
                await Ensure(await http.PostAsJsonAsync("/api/v3/inventory/backinstock/subscriptions", new { contactId = id, sku = $"SKU-{i:D6}-{s}", locale = "sv-SE" }, token), token);
            }
        });
        return ids[0];
    }

    private static async Task Ensure(HttpResponseMessage response, CancellationToken token)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(token)}");
        }
    }
}
