using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Approvals.Messaging.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// The consume context a consumer or saga sees under the outbox: everything it sends or publishes becomes an
/// <see cref="OutboxMessage"/> row in the service's own DbContext, committed with its state change; a timer it sets or
/// cancels in the service's own timer table is written there directly (<see cref="LocalScheduling"/>).
/// </summary>
public sealed class EfOutboxConsumeContext<TMessage>(
    ConsumeContext<TMessage> context,
    OutboxConsumeOptions options,
    IServiceProvider provider,
    DbContext db,
    InboxState inbox,
    TimeProvider clock) :
    OutboxConsumeContextProxy<TMessage>(context, options, provider), IDisposable
    where TMessage : class
{
    public override bool ContinueProcessing { get; set; } = true;
    public override bool IsMessageConsumed => inbox.Consumed.HasValue;
    public override bool IsOutboxDelivered => inbox.Delivered.HasValue;
    public override int ReceiveCount => inbox.ReceiveCount;
    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    public override Task SetConsumed()
    {
        inbox.Consumed = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    // MassTransit's outbox pipe only consumes here: EfOutboxContextFactory never passes it a consumed message, and
    // delivers the committed rows itself. The pipe's delivery members are therefore never called.
    public override Task SetDelivered() => throw DeliveryIsTheFactorys();
    public override Task<List<OutboxMessageContext>> LoadOutboxMessages() => throw DeliveryIsTheFactorys();
    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message) => throw DeliveryIsTheFactorys();
    public override Task RemoveOutboxMessages() => throw DeliveryIsTheFactorys();

    static InvalidOperationException DeliveryIsTheFactorys() =>
        new("Outbox delivery runs in EfOutboxContextFactory, over the bus, not through MassTransit's outbox pipe.");

    public override async Task AddSend<T>(SendContext<T> context)
    {
        // Sends from one consumer may run concurrently; a DbContext is not thread-safe.
        await _db.WaitAsync(CancellationToken);
        try
        {
            if (LocalScheduling.Takes(db, context))
                await LocalScheduling.Apply(db, context, clock.GetUtcNow(), CancellationToken);
            else
                db.Set<OutboxMessage>().Add(OutboxMessage.From(context, SerializerContext, inbox.MessageId, inbox.ConsumerId));
        }
        finally
        {
            _db.Release();
        }
    }

    readonly SemaphoreSlim _db = new(1, 1);

    public void Dispose() => _db.Dispose();
}
