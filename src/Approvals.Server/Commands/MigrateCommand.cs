using System.Data.Common;
using Approvals.Persistence;
using Approvals.Persistence.PostgreSql;
using Approvals.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Commands;

/// <summary>
/// <c>Approvals.Server migrate [--roles R] [--Database:Provider=...] [--ConnectionStrings:Approvals=...]
/// [--Database:AppRole=ROLE]</c>: applies the pending migrations of the roles' services (all four by default), on
/// PostgreSQL then grants the services' role its rights when given one, and exits: 0 done, 2 failed. The step a release
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

        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.AppRole is { Length: > 0 } && database.Provider != DatabaseProvider.PostgreSql)
        {
            await errors.WriteLineAsync("Database:AppRole is for PostgreSQL; on SQL Server, run deploy/sql/grants.sql after the scripts.");
            return Failed;
        }

        builder.Services.AddServiceDbContexts(builder.Configuration);
        using var host = builder.Build();
        try
        {
            await host.Services.MigrateAsync(roles);
            await output.WriteLineAsync($"Migrated {string.Join(", ", ServiceComposition.DbContextTypes(roles).Select(t => t.Name))}.");
            if (database.AppRole is { Length: > 0 } appRole)
            {
                await AppRoleGrants.ApplyAsync(builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)!, appRole);
                await output.WriteLineAsync($"Granted {appRole} its rights (deploy/postgres/grants.sql).");
            }

            return Migrated;
        }
        catch (Exception exception) when (exception is InvalidOperationException or DbException or DbUpdateException)
        {
            await errors.WriteLineAsync($"Migration failed: {exception.Message}");
            return Failed;
        }
    }
}
