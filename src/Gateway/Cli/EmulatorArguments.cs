using System.CommandLine;
using BackInStock.Gateway.Hosting;
using BackInStock.Gateway.Tenancy;

namespace BackInStock.Gateway.Cli;

/// <summary>
/// The options every command that opens the emulator shares: where its data lives, its product feeds and its
/// tenants. Each becomes the configuration setting it stands for, so both spellings keep working.
/// </summary>
public sealed class EmulatorArguments
{
    private readonly Option<string> _data = new("--data")
    {
        Description = "The data file (default: data/backinstock.db under the working directory; the Store:Path setting).",
        HelpName = "file",
    };

    private readonly Option<bool> _inMemory = new("--in-memory")
    {
        Description = "Keep everything in memory: fast, and gone when the process ends (Store:InMemory).",
    };

    private readonly Option<string> _feeds = new("--feeds")
    {
        Description = "A folder of product feeds named after their locale (sv-SE.xml, en-US.json, pl-PL.csv) (Emulator:FeedsPath).",
        HelpName = "folder",
    };

    private readonly Option<string[]> _tenants = new("--tenant")
    {
        Description = "An Engage tenant to emulate, as <id> or <id>=<apikey>; repeat for several. Without a key a tenant gets the dev key (Gateway:ApiKeys); each gets its own data file, data/<id>.db.",
        HelpName = "id[=apikey]",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_data);
        command.Options.Add(_inMemory);
        command.Options.Add(_feeds);
        command.Options.Add(_tenants);
        command.Validators.Add(result =>
        {
            if (result.GetResult(_data) is not null && result.GetValue(_inMemory))
            {
                result.AddError("--data and --in-memory exclude each other: give a data file or keep everything in memory.");
            }

            var tenants = (result.GetValue(_tenants) ?? []).Select(Tenant).ToList();
            if (tenants.Any(t => t.Id.Length == 0 || (t.Key is not null && t.Key.Length == 0)))
            {
                result.AddError("--tenant takes <id> or <id>=<apikey>, neither of them empty.");
            }
            else if (tenants.GroupBy(t => t.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                result.AddError($"--tenant names '{twice.Key}' twice.");
            }
            else if (tenants.Count(t => t.Key is null) > 1)
            {
                result.AddError("--tenant: only one tenant can go without its own key (it gets the dev key); give the others theirs as <id>=<apikey>.");
            }
            else if (tenants.Count > 1 && result.GetResult(_data) is not null)
            {
                result.AddError("--data names one tenant's file; with several --tenant options each tenant has its own, data/<id>.db.");
            }
        });
    }

    /// <summary>The configuration settings the options given stand for; none for an option left out.</summary>
    public Dictionary<string, string?> Settings(ParseResult parse, IConfiguration configuration)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(_data) is { } data)
        {
            settings["Store:Path"] = data;
            settings["Store:InMemory"] = "false";
        }

        if (parse.GetValue(_inMemory))
        {
            settings["Store:InMemory"] = "true";
        }

        if (parse.GetValue(_feeds) is { } feeds)
        {
            settings["Emulator:FeedsPath"] = feeds;
        }

        var tenants = (parse.GetValue(_tenants) ?? []).Select(Tenant).ToList();
        var devKeys = configuration.GetSection($"{GatewayOptions.Section}:{nameof(GatewayOptions.ApiKeys)}").Get<string[]>() ?? [];
        for (var i = 0; i < tenants.Count; i++)
        {
            var prefix = $"{TenantSetup.Section}:{i}";
            settings[$"{prefix}:Id"] = tenants[i].Id;
            var keys = tenants[i].Key is { } key ? [key] : devKeys;
            for (var k = 0; k < keys.Length; k++)
            {
                settings[$"{prefix}:ApiKeys:{k}"] = keys[k];
            }

            if (tenants.Count == 1 && parse.GetValue(_data) is { } file)
            {
                settings[$"{prefix}:DataFile"] = file;
            }
        }

        return settings;
    }

    private static (string Id, string? Key) Tenant(string value) =>
        value.Split('=', 2) is [var id, var key] ? (id.Trim(), key.Trim()) : (value.Trim(), null);
}
