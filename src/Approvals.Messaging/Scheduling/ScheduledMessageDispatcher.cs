using Approvals.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Scheduling;

/// <summary>
/// Fires due timers: claims them with a lease (so two instances never fire one timer at once), sends each stored
/// message with the timer's token as its MessageId and scheduling-token header, then deletes it. A crash after the
/// send and before the delete fires the timer again with the same MessageId, which the receiving inbox drops; a timer
/// that fires after its case moved on carries a token the saga no longer holds and is ignored there.
/// </summary>
public sealed class ScheduledMessageDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<SchedulerOptions> options,
    IOptions<OutboxOptions> outboxOptions,
    TimeProvider clock)
    where TDbContext : DbContext
{
    /// <summary>Fires every timer due now; returns how many were sent.</summary>
    public async Task<int> FireDue(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var timers = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<DurableTimer>();

        var now = clock.GetUtcNow();
        await timers.Where(t => t.Cancelled && t.DueAt <= now).ExecuteDeleteAsync(cancellationToken);

        var lockId = NewId.NextGuid();
        var due = await timers.Where(t => !t.Cancelled && t.DueAt <= now && (t.LockedUntil == null || t.LockedUntil < now))
            .OrderBy(t => t.DueAt).Select(t => t.TokenId).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
            return 0;

        var leaseEnd = now + options.Value.Lease;
        await timers.Where(t => due.Contains(t.TokenId) && !t.Cancelled && (t.LockedUntil == null || t.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LockId, lockId).SetProperty(t => t.LockedUntil, leaseEnd), cancellationToken);
        var claimed = await timers.AsNoTracking().Where(t => t.LockId == lockId && !t.Cancelled).OrderBy(t => t.DueAt).ToListAsync(cancellationToken);

        foreach (var timer in claimed)
        {
            await Send(timer, cancellationToken);
            // Rescheduled or cancelled meanwhile under the same token (lock cleared): keep that row.
            await timers.Where(t => t.TokenId == timer.TokenId && t.LockId == lockId).ExecuteDeleteAsync(cancellationToken);
        }

        return claimed.Count;
    }

    Task Send(DurableTimer timer, CancellationToken cancellationToken) =>
        StoredMessageSender.Send(bus, new OutboxMessage
        {
            MessageId = timer.TokenId,
            ContentType = timer.ContentType,
            MessageType = timer.MessageType,
            Body = timer.Body,
            Headers = timer.Headers,
            DestinationAddress = new Uri(timer.DestinationAddress),
            SentTime = clock.GetUtcNow().UtcDateTime,
        }, outboxOptions.Value.SendTimeout, cancellationToken);
}
