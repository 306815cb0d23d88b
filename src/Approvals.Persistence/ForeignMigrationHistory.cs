using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Approvals.Persistence;

/// <summary>
/// A database whose history names migrations this build does not have was made by another build: one from before the
/// migrations were squashed into one per service (before the first release), or a newer one. Migrating it would fail
/// halfway on tables that already exist, so it is refused up front with what to do.
/// </summary>
public static class ForeignMigrationHistory
{
    public static async Task ThrowIfMadeByAnotherBuildAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        var known = database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var foreign = (await database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (foreign.Count == 0)
            return;

        throw new InvalidOperationException(
            $"The database's migrations history ({string.Join(", ", foreign)}) names migrations this build does not have. " +
            "A database made before the first release (whose migrations were squashed into one per service) must be " +
            "recreated: delete the SQLite file, or drop the service's schema on SQL Server. A database made by a newer " +
            "build needs that build.");
    }
}
