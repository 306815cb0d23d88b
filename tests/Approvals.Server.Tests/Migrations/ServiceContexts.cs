using Approvals.Audit.Persistence;
using Approvals.Intake.Persistence;
using Approvals.Persistence;
using Approvals.Review.Persistence;
using Approvals.Workflow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Server.Tests.Migrations;

/// <summary>Each service's DbContext, built for a provider exactly as the server builds it, without a host.</summary>
public static class ServiceContexts
{
    /// <summary>Never opened: scripting and model comparison need no server.</summary>
    public const string UnreachableSqlServer = "Server=unreachable.invalid;Database=Approvals;User Id=x;Password=y;TrustServerCertificate=true";

    /// <summary>Never opened either.</summary>
    public const string UnreachablePostgreSql = "Host=unreachable.invalid;Database=approvals;Username=x;Password=y";

    /// <summary>A connection string for a comparison or a script that never connects.</summary>
    public static string Unreachable(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.SqlServer => UnreachableSqlServer,
        _ => UnreachablePostgreSql,
    };

    public static IReadOnlyList<string> All { get; } = ["intake", "review", "workflow", "audit"];

    public static TheoryData<string> Names => [.. All];

    public static TheoryData<string, DatabaseProvider> NamesAndProviders()
    {
        var data = new TheoryData<string, DatabaseProvider>();
        foreach (var name in All)
        {
            data.Add(name, DatabaseProvider.Sqlite);
            data.Add(name, DatabaseProvider.SqlServer);
            data.Add(name, DatabaseProvider.PostgreSql);
        }

        return data;
    }

    /// <summary>The schema of the context named <paramref name="name"/> (its SQL Server schema, e.g. <c>intake</c>).</summary>
    public static string SchemaOf(string name) => name switch
    {
        "intake" => IntakeDbContext.SchemaName,
        "review" => ReviewDbContext.SchemaName,
        "workflow" => WorkflowDbContext.SchemaName,
        "audit" => AuditDbContext.SchemaName,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown service."),
    };

    /// <summary>The table each service's first migration must create (a canary, not the full list).</summary>
    public static string MainTableOf(string name) => name switch
    {
        "intake" => "Requests",
        "review" => "Reviews",
        "workflow" => "ApprovalSagas",
        "audit" => "AuditEntries",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown service."),
    };

    public static DbContext Create(string name, DatabaseProvider provider, string connectionString) => name switch
    {
        "intake" => new IntakeDbContext(Options<IntakeDbContext>(provider, connectionString, IntakeDbContext.SchemaName)),
        "review" => new ReviewDbContext(Options<ReviewDbContext>(provider, connectionString, ReviewDbContext.SchemaName)),
        "workflow" => new WorkflowDbContext(Options<WorkflowDbContext>(provider, connectionString, WorkflowDbContext.SchemaName)),
        "audit" => new AuditDbContext(Options<AuditDbContext>(provider, connectionString, AuditDbContext.SchemaName)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown service."),
    };

    static DbContextOptions<T> Options<T>(DatabaseProvider provider, string connectionString, string schema) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        DatabaseRegistration.Configure(builder, provider, connectionString, schema);
        return builder.Options;
    }
}
