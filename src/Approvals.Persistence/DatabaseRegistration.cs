using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Approvals.Persistence;

public static class DatabaseRegistration
{
    /// <summary>Migrations for each provider live in their own assembly, so one model serves both.</summary>
    public const string SqliteMigrationsAssembly = "Approvals.Persistence.Sqlite";
    public const string SqlServerMigrationsAssembly = "Approvals.Persistence.SqlServer";
    public const string PostgreSqlMigrationsAssembly = "Approvals.Persistence.PostgreSql";

    public static IServiceCollection AddServiceDbContext<TContext>(this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : ServiceDbContext
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        services.AddDbContext<TContext>((provider, builder) => Configure(builder, options.Provider,
            options.Provider == DatabaseProvider.Sqlite
                ? SqliteConnectionString(connectionString, options, schema, provider.GetRequiredService<IHostEnvironment>().ContentRootPath)
                : connectionString,
            schema));
        return services;
    }

    static string SqliteConnectionString(string? configured, DatabaseOptions options, string schema, string contentRoot)
    {
        var resolved = SqliteDataSource.ResolveAgainst(configured ?? DatabaseOptions.DefaultSqliteConnectionString, contentRoot);
        return options.FilePerService ? SqliteDataSource.ForService(resolved, schema) : resolved;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string? connectionString, string schema)
    {
        var history = ServiceDbContext.HistoryTableFor(schema);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString, sqlite => sqlite
                        .MigrationsAssembly(SqliteMigrationsAssembly)
                        .MigrationsHistoryTable(history))
                    .AddInterceptors(new SqliteDurabilityInterceptor());
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Approvals is not set.");
                builder.UseSqlServer(connectionString, sql => sql
                    .MigrationsAssembly(SqlServerMigrationsAssembly)
                    .MigrationsHistoryTable(history, schema)
                    .EnableRetryOnFailure());
                break;
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Approvals is not set.");
                builder.UseNpgsql(connectionString, postgres => postgres
                    .MigrationsAssembly(PostgreSqlMigrationsAssembly)
                    .MigrationsHistoryTable(history, schema)
                    .EnableRetryOnFailure());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{provider}'.");
        }

        return builder.ConfigureWarnings(QuietFailedSaves);
    }

    /// <summary>
    /// A failed save always reaches its caller as an exception. Expected conflicts (an idempotency key or a version
    /// taken by a concurrent writer) are caught and answered; anything else propagates and is logged, with its stack, by
    /// whoever gives up on it (the HTTP exception handler, MassTransit's fault log). EF logging every failure as an error
    /// on top would make each lost race read as an outage, so its own entries are kept for Debug.
    /// </summary>
    static void QuietFailedSaves(WarningsConfigurationBuilder warnings) =>
        warnings.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug));
}
