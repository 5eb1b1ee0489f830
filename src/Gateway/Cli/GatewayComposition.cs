namespace BackInStock.Gateway.Cli;

/// <summary>
/// The gateway as Program.cs composes it: its services, and the request pipeline a served gateway adds.
/// Each command builds its host from this; <c>validate</c> uses the services without ever listening.
/// </summary>
public sealed record GatewayComposition(Action<WebApplicationBuilder> AddServices, Action<WebApplication> UsePipeline)
{
    /// <summary>
    /// The host builder, its content root the executable's folder (wwwroot, appsettings.json and the dev key
    /// are found from any working directory) unless <c>--contentRoot</c> or the environment names another.
    /// <paramref name="settings"/>, from the CLI's own options and the configuration read so far, win over every other source.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] configuration, Func<IConfiguration, IReadOnlyDictionary<string, string?>> settings)
    {
        var named = ConfigurationArguments.Sets(configuration, "contentRoot")
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 };
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = configuration,
            ContentRootPath = named ? null : AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings(builder.Configuration));
        return builder;
    }
}
