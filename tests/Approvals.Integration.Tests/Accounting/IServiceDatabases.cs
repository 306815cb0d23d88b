namespace Approvals.Integration.Tests.Accounting;

/// <summary>Where the services keep their state, read directly for the ledger: SQLite files or one PostgreSQL database.</summary>
public interface IServiceDatabases
{
    /// <summary>Everything the ledger needs, read intake last: whatever the other services hold must be found there.</summary>
    Task<Snapshot> Read();
}
