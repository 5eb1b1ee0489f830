using BackInStock.Testing;

namespace FixtureConsumer;

public sealed class DataFileTests
{
    [Fact]
    public async Task A_fixture_on_a_data_file_leaves_its_tenant_to_the_next_one()
    {
        var folder = Directory.CreateTempSubdirectory("bis-fixture-");
        try
        {
            var file = Path.Combine(folder.FullName, "tenant.db");
            Guid created;
            await using (var first = await EngageEmulator.StartAsync(o => o.DataFile = file))
            {
                created = (await Shop.NewShopperAsync(first, "kept@example.com")).Id;
            }

            await using var second = await EngageEmulator.StartAsync(o => o.DataFile = file);

            Assert.Equal(created, await second.Client.Contacts.GetContactIdByEmailAsync("kept@example.com"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
