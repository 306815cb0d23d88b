using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Workflow.Tests.Repository;

/// <summary>
/// Counts the database connections the workflow holds open at once, from the moment it is armed. A message's
/// connection opens inside the outbox, before its transaction waits for SQLite's write lock, and stays open until its
/// commit: while only one case has messages in flight, this is how many of that case's messages are past the
/// partitioner together. Each opening is held a moment, so that messages that could overlap do.
/// </summary>
public sealed class ConnectionOverlap : DbConnectionInterceptor
{
    static readonly TimeSpan Hold = TimeSpan.FromMilliseconds(20);

    // By connection, not by a counter: EF may report an opening synchronously and its closing asynchronously.
    readonly ConcurrentDictionary<DbConnection, byte> _open = new();
    volatile bool _armed;
    int _maxOpen;

    public int MaxOverlap => Volatile.Read(ref _maxOpen);

    /// <summary>Starts counting; call it while nothing is in flight (the setup's connections are forgotten).</summary>
    public void Arm()
    {
        _open.Clear();
        _armed = true;
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (!Opened(connection))
            return;
        await Task.Delay(Hold, cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Opened(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        _open.TryRemove(connection, out _);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => _open.TryRemove(connection, out _);

    bool Opened(DbConnection connection)
    {
        _open.TryAdd(connection, 0);
        if (!_armed)
            return false;
        var open = _open.Count;
        for (var max = Volatile.Read(ref _maxOpen); open > max; max = Volatile.Read(ref _maxOpen))
            Interlocked.CompareExchange(ref _maxOpen, open, max);
        return true;
    }
}
