using Approvals.Server.Commands;
using Approvals.Server.Hosting;
using Approvals.Server.Http;
using Approvals.Server.Security;
using Scalar.AspNetCore;

if (AuditVerifyCommand.IsInvoked(args))
{
    Environment.ExitCode = await AuditVerifyCommand.RunAsync(args, Console.Out, Console.Error);
    return;
}

var builder = WebApplication.CreateBuilder(args);
var roles = ServerRoles.Parse(builder.Configuration[ServerRoles.ConfigurationKey]);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddApprovalsHttp();
builder.Services.AddApprovalsAuthentication(builder.Configuration);
builder.Services.AddApprovalsServices(builder.Configuration, roles);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestBodyLimit>();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthProbes();
app.MapOpenApi();
app.MapScalarApiReference();
if (app.Environment.IsDevelopment())
    app.MapDevTokens();
app.MapApprovalsServices(roles);

if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
    await app.Services.MigrateAsync(roles);

app.Logger.LogInformation("Approvals server hosting {Roles}", roles);
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
