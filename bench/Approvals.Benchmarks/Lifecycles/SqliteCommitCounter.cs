namespace Approvals.Benchmarks.Lifecycles;

/// <summary>
/// Commits on a SQLite database in WAL mode, counted by SQLite itself, from outside the process that makes them: the
/// wal-index header at the start of the <c>-shm</c> file holds a 32-bit counter (<c>iChange</c>, offset 8, native byte
/// order) that every committing write transaction increments, whichever connection ran it. A checkpoint or a WAL
/// restart leaves it alone; it restarts only when the wal-index is rebuilt from scratch (the last connection closed).
/// </summary>
public static class SqliteCommitCounter
{
    const int ChangeCounterOffset = 8;

    /// <summary>The counter now, or null when the database has no wal-index (not in WAL mode, or not opened yet).</summary>
    public static uint? Read(string databasePath)
    {
        try
        {
            using var shm = new FileStream(databasePath + "-shm", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> counter = stackalloc byte[4];
            shm.Position = ChangeCounterOffset;
            shm.ReadExactly(counter);
            return BitConverter.ToUInt32(counter);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Commits between two readings; the counter wraps at 2^32.</summary>
    public static long? Between(uint? before, uint? after) => before is { } b && after is { } a ? unchecked(a - b) : null;
}
