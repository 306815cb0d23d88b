using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// Plays another writer that commits a change to the saga row after this message loaded it and before it saves: on
/// the first save that takes the row from <paramref name="fromState"/> to <paramref name="toState"/>, it bumps the
/// row's Version behind EF's back. SQLite's write lock makes that race impossible between processes (SQL Server
/// allows it), so it runs inside the message's own transaction; a rollback undoes it, as the retry needs.
/// </summary>
public sealed class CompetingWriter(string fromState, string toState) : SaveChangesInterceptor
{
    int _attempts;

    /// <summary>How often the message tried to save that transition.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var db = eventData.Context!;
        var transition = db.ChangeTracker.Entries<ApprovalState>().SingleOrDefault(e =>
            e.State == EntityState.Modified
            && (string?)e.OriginalValues[nameof(ApprovalState.CurrentState)] == fromState
            && e.Entity.CurrentState == toState);

        if (transition is not null && Interlocked.Increment(ref _attempts) == 1)
        {
            var id = transition.Entity.CorrelationId;
            var changed = await db.Database.ExecuteSqlAsync(
                $"UPDATE ApprovalSagas SET Version = Version + 1 WHERE RequestId = {id}", cancellationToken);
            // Guard the test itself: a bump that hit no row would make the conflict silently disappear.
            if (changed != 1)
                throw new InvalidOperationException($"The competing write changed {changed} rows.");
        }

        return result;
    }
}
