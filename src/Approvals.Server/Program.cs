using Approvals.Server.Commands;
using Approvals.Server.Demo;
using Approvals.Server.Hosting;
using Approvals.Server.Http;
using Approvals.Server.Security;
using Approvals.Server.Seeding;
using Approvals.Web;

if (AuditVerifyCommand.IsInvoked(args))
{
    Environment.ExitCode = await AuditVerifyCommand.RunAsync(args, Console.Out, Console.Error);
    return;
}

if (MigrateCommand.IsInvoked(args))
{
    Environment.ExitCode = await MigrateCommand.RunAsync(args, Console.Out, Console.Error);
    return;
}

if (SeedCommand.IsInvoked(args))
{
    Environment.ExitCode = await SeedCommand.RunAsync(args, Console.Out, Console.Error);
    return;
}

var demo = DemoCommand.IsInvoked(args);
if (demo)
    args = args[1..];

// Settings and protocol files are read beside the binary, so a service manager can start it from any directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var roles = ServerRoles.Parse(builder.Configuration[ServerRoles.ConfigurationKey]);
if (demo && DemoCommand.RefusalFor(builder.Environment, roles) is { } refusal)
{
    await Console.Error.WriteLineAsync(refusal);
    Environment.ExitCode = DemoCommand.Refused;
    return;
}

builder.AddApprovalsTelemetry(roles);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddApprovalsHttp();
builder.Services.AddApprovalsAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddWriteRateLimiting(builder.Configuration);
builder.Services.AddApprovalsServices(builder.Configuration, roles);
if (roles.Web)
    builder.Services.AddApprovalsWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
if (roles.Web)
    app.UseApprovalsWeb(app.Configuration);
app.UseMiddleware<RequestBodyLimit>();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
if (roles.Web)
    app.UseApprovalsWebAntiforgery();

app.MapHealthProbes();
app.MapApiDocumentation();
if (app.Environment.IsDevelopment())
    app.MapDevTokens();
app.MapApprovalsServices(roles);
if (roles.Web)
    app.MapApprovalsWeb();

if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
    await app.Services.MigrateAsync(roles);

app.Logger.LogInformation("Approvals server hosting {Roles}", roles);
if (demo)
{
    await app.StartAsync();
    Environment.ExitCode = await DemoCommand.SeedAsync(app, app.Services.GetRequiredService<TimeProvider>());
    if (Environment.ExitCode == 0)
        await app.WaitForShutdownAsync();
    else
        await app.StopAsync();
}
else
    await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
