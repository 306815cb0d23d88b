using Approvals.Messaging.Hosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// Sends what HTTP handlers stored in <typeparamref name="TDbContext"/>'s bus outbox, oldest first, then deletes it.
/// Several instances can run against one database: each claims rows with a conditional update (a lease), so a row
/// has one owner at a time; a crash between send and delete lets the lease lapse and the row is sent again with the
/// same MessageId, which the receiving inbox recognises. A broker outage only delays delivery.
/// </summary>
public sealed class BusOutboxDeliveryService<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    BusOutboxSignal<TDbContext> signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<BusOutboxDeliveryService<TDbContext>> logger) : PeriodicWork(logger)
    where TDbContext : DbContext
{
    // Real time, not the business clock: the pauses pace the broker, and a commit's signal cuts them short.
    protected override TimeProvider WaitClock => TimeProvider.System;

    protected override string Work => "Bus outbox delivery";

    protected override TimeSpan Interval => options.Value.DeliveryPollInterval;

    protected override async Task<bool> RunRound(CancellationToken cancellationToken) =>
        await DeliverBatch(cancellationToken) >= options.Value.DeliveryBatchSize;

    protected override Task WaitForNextRound(CancellationToken cancellationToken) => signal.Wait(Interval, cancellationToken);

    // Doubling from half a second up to ten: an outage is not hammered, a returned message is retried soon.
    protected override TimeSpan RetryDelay(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(10_000, 250 * Math.Pow(2, Math.Min(failures, 6))));

    /// <summary>Claims, sends and removes one batch; returns how many were sent.</summary>
    public async Task<int> DeliverBatch(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var messages = db.Set<BusOutboxMessage>();

        var now = clock.GetUtcNow();
        var lockId = NewId.NextGuid();
        var candidates = await messages.Where(m => m.DeliveredAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(options.Value.DeliveryBatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
            return 0;

        var leaseEnd = now + options.Value.DeliveryLease;
        await messages.Where(m => candidates.Contains(m.Id) && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockId, lockId).SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken);
        var claimed = await messages.AsNoTracking().Where(m => m.LockId == lockId).OrderBy(m => m.Id).ToListAsync(cancellationToken);

        foreach (var message in claimed)
        {
            try
            {
                await BusOutboxSender.Deliver(bus, message, options.Value.SendTimeout, clock, cancellationToken);
            }
            catch
            {
                // Give the rest back at once (a returned message means its queue is only just being created),
                // rather than keeping them locked until the lease runs out.
                await messages.Where(m => m.LockId == lockId).ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null),
                    CancellationToken.None);
                throw;
            }

            var mine = messages.Where(m => m.Id == message.Id && m.LockId == lockId);
            if (options.Value.RetainSentFor > TimeSpan.Zero)
                await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, clock.GetUtcNow()), cancellationToken);
            else
                await mine.ExecuteDeleteAsync(cancellationToken);
        }

        return claimed.Count;
    }
}
