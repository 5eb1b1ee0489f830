using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Faults;
using BackInStock.Gateway.Forwarding;
using BackInStock.Gateway.Hosting;
using BackInStock.Gateway.OpenApi;
using BackInStock.Gateway.Security;
using BackInStock.Gateway.Validation;

var validate = ValidateCommand.Parse(args);
var builder = validate is null ? WebApplication.CreateBuilder(args) : validate.CreateBuilder();

builder.AddGatewayOptions();
builder.SetThreadPoolAndBodyLimits();
builder.Services.AddEmulator(builder.Configuration);
builder.Services.AddContractHandlers();
builder.Services.AddForwarding(builder.Configuration);
builder.Services.AddContractJson();
builder.Services.AddErrorHandling();
builder.Services.AddStorefrontProtection(builder.Configuration);
builder.Services.AddEngageRateLimit(builder.Configuration);
builder.Services.AddContractOpenApi();

var app = builder.Build();

// Exit code 2, naming the cause: a data file that cannot be opened, forward settings that cannot work.
if (!app.OpenTenants() || !app.CheckForwarding())
{
    return 2;
}

if (validate is not null)
{
    return validate.Run(app.Services, Console.Out, Console.Error);
}

app.UseErrorHandling();
app.UseLocalOnly();
app.UseStorefrontCors();
app.UseFaultInjection();
app.UseStorefrontProtection();
app.UseDashboard();
app.MapApiReference();
app.MapContractEndpoints();
app.PrintStartupBanner();

app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
