using System.Data.Common;
using Approvals.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Commands;

/// <summary>
/// <c>Approvals.Server migrate [--roles R] [--Database:Provider=...] [--ConnectionStrings:Approvals=...]</c>: applies
/// the pending migrations of the roles' services (all four by default) and exits: 0 done, 2 failed. The step a release
/// runs once, as the database's migrator, before replicas started with <c>Database:MigrateOnStartup=false</c>.
/// Needs no broker and serves nothing.
/// </summary>
public static class MigrateCommand
{
    public const int Migrated = 0;
    public const int Failed = 2;

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == "migrate";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args[1..], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        ServerRoles roles;
        try
        {
            roles = ServerRoles.Parse(builder.Configuration[ServerRoles.ConfigurationKey]);
        }
        catch (InvalidOperationException exception)
        {
            await errors.WriteLineAsync(exception.Message);
            return Failed;
        }

        builder.Services.AddServiceDbContexts(builder.Configuration);
        using var host = builder.Build();
        try
        {
            await host.Services.MigrateAsync(roles);
            await output.WriteLineAsync($"Migrated {string.Join(", ", ServiceComposition.DbContextTypes(roles).Select(t => t.Name))}.");
            return Migrated;
        }
        catch (Exception exception) when (exception is InvalidOperationException or DbException or DbUpdateException)
        {
            await errors.WriteLineAsync($"Migration failed: {exception.Message}");
            return Failed;
        }
    }
}
