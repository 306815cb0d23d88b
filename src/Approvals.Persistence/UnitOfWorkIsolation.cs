using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Approvals.Persistence;

public static class UnitOfWorkIsolation
{
    /// <summary>
    /// The isolation a consumed message's unit of work runs under. SQLite begins serializable transactions IMMEDIATE, so
    /// the inbox check and the saga read happen under the database write lock; server databases use read committed with
    /// the optimistic concurrency tokens and unique keys doing the arbitration.
    /// </summary>
    public static IsolationLevel ForUnitOfWork(this DatabaseFacade database) =>
        database.IsSqlite() ? IsolationLevel.Serializable : IsolationLevel.ReadCommitted;

    /// <summary>
    /// Whether a unit of work's transaction already excludes every other writer (SQLite's write lock), so two deliveries
    /// of one message can never be inside one at the same moment.
    /// </summary>
    public static bool SerialisesUnitsOfWork(this DatabaseFacade database) => database.IsSqlite();
}
