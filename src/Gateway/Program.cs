using BackInStock.Gateway.Errors;
using BackInStock.Gateway.Faults;
using BackInStock.Gateway.Hosting;
using BackInStock.Gateway.OpenApi;
using BackInStock.Gateway.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddGatewayOptions();
builder.Services.AddEmulator(builder.Configuration);
builder.Services.AddContractJson();
builder.Services.AddErrorHandling();
builder.Services.AddStorefrontProtection(builder.Configuration);
builder.Services.AddContractOpenApi();

var app = builder.Build();

app.OpenTenants();

app.UseErrorHandling();
app.UseFaultInjection();
app.UseStorefrontProtection();
app.UseDashboard();
app.MapApiReference();
app.MapContractEndpoints();
app.PrintStartupBanner();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
