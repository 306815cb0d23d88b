using Approvals.Messaging.Outbox;
using Approvals.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Audit.Persistence;

/// <remarks>
/// Migrations, per provider: <c>dotnet ef migrations add NAME --project src/Approvals.Persistence.Sqlite
/// --startup-project src/Approvals.Persistence.Sqlite --context AuditDbContext --output-dir Migrations/Audit
/// --namespace Approvals.Persistence.Sqlite.Migrations.Audit</c> (and the same with SqlServer). A migration that
/// rebuilds the AuditEntries table on SQLite drops its triggers: create them again in that migration.
/// </remarks>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : MessagingDbContext(options)
{
    public const string SchemaName = "audit";

    public override string Schema => SchemaName;

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();
}
