using Approvals.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Scheduling;

/// <summary>
/// Fires due timers a batch at a time: claims them with a lease (so two instances never fire one timer at once), sends
/// each stored message with the timer's token as its MessageId and scheduling-token header, several at once, then
/// deletes the ones the transport confirmed in one statement. A crash after a send and before the delete fires the
/// timer again with the same MessageId, which the receiving inbox drops; a timer that fires after its case moved on
/// carries a token the saga no longer holds and is ignored there.
/// </summary>
public sealed class ScheduledMessageDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<SchedulerOptions> options,
    IOptions<OutboxOptions> outboxOptions,
    TimeProvider clock)
    where TDbContext : DbContext
{
    const int MaxClaimAttempts = 5;

    /// <summary>
    /// Fires up to one batch of the timers due now; returns how many were sent. When a send fails, the round still
    /// deletes what was sent and gives the rest back at once, then throws, so the caller backs off.
    /// </summary>
    public async Task<int> FireDue(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var timers = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<DurableTimer>();

        var now = clock.GetUtcNow();
        await timers.Where(t => t.Cancelled && t.DueAt <= now).ExecuteDeleteAsync(cancellationToken);

        var lockId = NewId.NextGuid();
        var claimedAt = clock.GetTimestamp();
        var leaseEnd = now + options.Value.Lease;
        var free = timers.Where(t => !t.Cancelled && t.DueAt <= now && (t.LockedUntil == null || t.LockedUntil < now));
        var oldest = free.OrderBy(t => t.DueAt).Take(options.Value.BatchSize).Select(t => t.TokenId);
        // One statement: the free rows among the oldest due; a row another instance claimed meanwhile is no longer free.
        // On a server database two instances can pick the same oldest rows at once: the one that waited finds them
        // taken and claims nothing, so it picks again while free rows remain, instead of idling a poll interval.
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            var taken = await free.Where(t => oldest.Contains(t.TokenId))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LockId, lockId).SetProperty(t => t.LockedUntil, leaseEnd), cancellationToken);
            if (taken > 0 || !await free.AnyAsync(cancellationToken))
                break;
        }

        var claimed = await timers.AsNoTracking().Where(t => t.LockId == lockId && !t.Cancelled).OrderBy(t => t.DueAt).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
            return 0;

        var round = new FiringRound(claimed, clock, claimedAt, options.Value.Lease - outboxOptions.Value.SendTimeout);
        await round.Run(Send, options.Value.SendConcurrency, cancellationToken);

        // The delete and the give-back must happen even when the host is stopping: the sends were confirmed.
        var unsent = round.Unsent;
        if (unsent.Length > 0)
        {
            // One array parameter, not one per id: a whole batch given back would pass SQL Server's 2,100 parameters.
            await timers.Where(t => t.LockId == lockId && EF.Parameter(unsent).Contains(t.TokenId))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LockId, (Guid?)null).SetProperty(t => t.LockedUntil, (DateTimeOffset?)null),
                    CancellationToken.None);
        }

        // What still carries our lock was sent; a timer rescheduled or cancelled meanwhile lost the lock and is kept.
        if (round.Sent > 0)
            await timers.Where(t => t.LockId == lockId).ExecuteDeleteAsync(CancellationToken.None);

        round.ThrowIfFailed();
        return round.Sent;
    }

    Task Send(DurableTimer timer, Uri destination, CancellationToken cancellationToken) =>
        StoredMessageSender.Send(bus, new OutboxMessage
        {
            MessageId = timer.TokenId,
            ContentType = timer.ContentType,
            MessageType = timer.MessageType,
            Body = timer.Body,
            Headers = timer.Headers,
            DestinationAddress = destination,
            SentTime = clock.GetUtcNow().UtcDateTime,
        }, outboxOptions.Value.SendTimeout, cancellationToken);
}
