using Approvals.Messaging.Hosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// Sends what a consumer committed but could not hand to the broker (the broker was away, or returned a message
/// because its consumer's queue did not exist yet). The consumed message itself was acknowledged, so nothing else
/// would ever retry these rows. Original MessageIds let receivers drop anything they already had.
/// </summary>
public sealed class ConsumerOutboxRedeliveryService<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<ConsumerOutboxRedeliveryService<TDbContext>> logger) : PeriodicWork(logger)
    where TDbContext : DbContext
{
    protected override TimeProvider WaitClock => clock;

    protected override string Work => "Redelivering consumer outbox messages";

    protected override TimeSpan Interval => options.Value.DeliveryLease / 3;

    protected override async Task<bool> RunRound(CancellationToken cancellationToken)
    {
        await RedeliverStranded(cancellationToken);
        return false;
    }

    /// <summary>Inbox rows consumed but undelivered for longer than a live delivery takes.</summary>
    public async Task<int> RedeliverStranded(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strandedBefore = clock.GetUtcNow() - options.Value.DeliveryLease / 3;
        var stranded = await db.Set<InboxState>()
            .Where(i => i.Consumed != null && i.Delivered == null && i.Consumed < strandedBefore)
            .OrderBy(i => i.Id).Take(options.Value.DeliveryBatchSize).ToListAsync(cancellationToken);

        foreach (var inbox in stranded)
        {
            var sent = await InboxDelivery.Pending(db, inbox, cancellationToken);
            await InboxDelivery.Send(bus, sent, options.Value.SendTimeout, cancellationToken);
            InboxDelivery.MarkDelivered(db, inbox, sent, options.Value.RetainSentFor, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return stranded.Count;
    }
}
