using Approvals.Persistence;
using System.Data;
using System.Diagnostics;
using Approvals.Messaging.Faults;
using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// Our inbox/outbox on MassTransit's outbox pipeline, in two commits per consumed message (MassTransit's EF design
/// takes four): (1) the inbox row, the consumer's state change and its outgoing messages, in one transaction; then the
/// messages go to the broker with their original ids; (2) the delivered mark and the removal of the sent rows. A
/// message whose consumer sent nothing is marked delivered in (1) and needs no (2). A
/// redelivery after (1) skips the consumer and only delivers; after (2) it changes nothing. MassTransit's outbox pipe
/// runs only the consume step; the delivery is ours (see <see cref="InboxDelivery"/>).
/// </summary>
public sealed class EfOutboxContextFactory<TDbContext>(
    TDbContext db,
    IServiceProvider provider,
    IBus bus,
    TimeProvider clock,
    IOptions<OutboxOptions> outboxOptions,
    FaultInjector faults) :
    IOutboxContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.GetOriginalMessageId() ?? throw new MessageException(typeof(T), "The outbox needs a MessageId.");
        faults.AtConsume(messageId);
        var timer = Stopwatch.StartNew();

        var (inbox, committed) = await ConsumeOnce(context, options, next, messageId);
        faults.At(FaultPoint.AfterCommitBeforeSend);
        if (inbox.Delivered is not null)
        {
            await AcknowledgeRedelivery(context, options, timer.Elapsed);
            return;
        }

        // Rows this delivery just committed are still tracked; only a redelivery has to read them back.
        var sent = committed ?? await InboxDelivery.Pending(db, inbox, context.CancellationToken);
        try
        {
            using var deliveryTimeout = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
            deliveryTimeout.CancelAfter(options.MessageDeliveryTimeout);
            await InboxDelivery.Send(bus, sent, outboxOptions.Value.SendTimeout, deliveryTimeout.Token);
        }
        catch (Exception exception) when (exception is MessageReturnedException || exception.InnerException is MessageReturnedException)
        {
            // The receiver's queue does not exist yet. The state change is committed, so acknowledge the message and
            // leave the rows to ConsumerOutboxRedeliveryService rather than retrying the consumer into the error queue.
            await AcknowledgeRedelivery(context, options, timer.Elapsed);
            return;
        }

        faults.At(FaultPoint.AfterSendBeforeDeliveredMark);

        InboxDelivery.MarkDelivered(db, inbox, sent, outboxOptions.Value.RetainSentFor, clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        await AcknowledgeRedelivery(context, options, timer.Elapsed);
    }

    /// <summary>
    /// A redelivery the inbox recognised runs no consumer, and MassTransit moves a message no consumer took to the
    /// queue's <c>_skipped</c> queue. It was consumed, on an earlier delivery: say so, so that it is acknowledged and
    /// gone (MassTransit's own outbox pipe does the same once the outbox is delivered).
    /// </summary>
    static Task AcknowledgeRedelivery<T>(ConsumeContext<T> context, OutboxConsumeOptions options, TimeSpan elapsed)
        where T : class =>
        context.ReceiveContext is { IsDelivered: false, IsFaulted: false }
            ? context.NotifyConsumed(context, elapsed, options.ConsumerType)
            : Task.CompletedTask;

    public void Probe(ProbeContext context) => context.CreateFilterScope("efOutbox").Add("dbContext", typeof(TDbContext).Name);

    /// <summary>
    /// On SQLite the transaction already holds the write lock, so no other delivery of the message can be inside one.
    /// A server database runs read committed: a second delivery of the same message, running at the same moment (a
    /// replay at start-up beside the delivery loop's own send, say), inserts the same inbox key. Inserting the row first
    /// makes that insert wait for the other transaction; if the other committed, the key collides here, before any
    /// consumer ran, and this delivery is a redelivery: no retry, no warning.
    /// </summary>
    async Task<bool> ClaimedFirstAsync(InboxState inbox, CancellationToken cancellationToken)
    {
        if (db.Database.SerialisesUnitsOfWork())
            return true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>The inbox row the concurrent delivery committed, read in a transaction of its own.</summary>
    async Task<(InboxState Inbox, List<OutboxMessage>? Committed)> RedeliveryAfterCollision(Guid messageId,
        OutboxConsumeOptions options, CancellationToken cancellationToken)
    {
        await db.Database.CurrentTransaction!.RollbackAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var committed = await db.Set<InboxState>()
            .SingleAsync(i => i.MessageId == messageId && i.ConsumerId == options.ConsumerId, cancellationToken);
        return (committed, null);
    }

    List<OutboxMessage> StagedWith(InboxState inbox) =>
        [.. db.Set<OutboxMessage>().Local.Where(m => m.InboxMessageId == inbox.MessageId && m.InboxConsumerId == inbox.ConsumerId)];

    /// <summary>
    /// Commit (1). Returns the inbox row as it stands after it, tracked by <see cref="db"/>, and, when this delivery ran
    /// the consumer, the outgoing rows it committed (null for a redelivery of a message consumed before).
    /// </summary>
    async Task<(InboxState Inbox, List<OutboxMessage>? Committed)> ConsumeOnce<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next,
        Guid messageId)
        where T : class
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(db.Database.ForUnitOfWork(), context.CancellationToken);

            var inbox = await db.Set<InboxState>()
                .SingleOrDefaultAsync(i => i.MessageId == messageId && i.ConsumerId == options.ConsumerId, context.CancellationToken);
            if (inbox is { Consumed: not null })
                return (inbox, (List<OutboxMessage>?)null); // A redelivery: the state change is already committed; at most delivery remains.

            if (inbox is null)
            {
                inbox = new InboxState { MessageId = messageId, ConsumerId = options.ConsumerId, Received = clock.GetUtcNow() };
                db.Set<InboxState>().Add(inbox);
                if (!await ClaimedFirstAsync(inbox, context.CancellationToken))
                    return await RedeliveryAfterCollision(messageId, options, context.CancellationToken);
            }

            inbox.ReceiveCount++;
            using (var outboxContext = new EfOutboxConsumeContext<T>(context, options, provider, db, inbox, clock))
                await next.Send(outboxContext);
            faults.At(FaultPoint.AfterConsumeBeforeCommit);

            // Nothing to send (a projection, say): delivered as it is consumed, so the second commit is never needed.
            var committed = StagedWith(inbox);
            if (inbox.Consumed is { } consumed && committed.Count == 0)
                inbox.Delivered = consumed;

            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
            // The sequence numbers the database gave them are the order they were sent in.
            committed.Sort((a, b) => a.SequenceNumber.CompareTo(b.SequenceNumber));
            return (inbox, committed);
        });
    }

}
