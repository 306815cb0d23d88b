using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// The consume context a consumer or saga sees under the outbox: everything it sends or publishes becomes an
/// <see cref="OutboxMessage"/> row in the service's own DbContext, committed with its state change.
/// </summary>
public sealed class EfOutboxConsumeContext<TMessage>(
    ConsumeContext<TMessage> context,
    OutboxConsumeOptions options,
    IServiceProvider provider,
    DbContext db,
    InboxState inbox,
    TimeProvider clock) :
    OutboxConsumeContextProxy<TMessage>(context, options, provider)
    where TMessage : class
{
    readonly List<OutboxMessage> _loaded = [];

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

    public override Task SetDelivered()
    {
        inbox.Delivered = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    async Task<List<OutboxMessage>> LoadPending()
    {
        var after = inbox.LastSequenceNumber ?? 0;
        var messages = await db.Set<OutboxMessage>()
            .Where(m => m.InboxMessageId == inbox.MessageId && m.InboxConsumerId == inbox.ConsumerId && m.SequenceNumber > after && m.DeliveredAt == null)
            .OrderBy(m => m.SequenceNumber)
            .ToListAsync(CancellationToken);
        foreach (var message in messages)
            message.Deserialize(SerializerContext);
        _loaded.AddRange(messages);
        return messages;
    }

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages() => [.. await LoadPending()];

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        inbox.LastSequenceNumber = message.SequenceNumber;
        return Task.CompletedTask;
    }

    /// <summary>Marks the delivered rows deleted; the factory's next save removes them with the delivered mark, in one commit.</summary>
    public override Task RemoveOutboxMessages()
    {
        db.Set<OutboxMessage>().RemoveRange(_loaded);
        _loaded.Clear();
        return Task.CompletedTask;
    }

    public override Task AddSend<T>(SendContext<T> context)
    {
        var message = OutboxMessage.From(context, SerializerContext, inbox.MessageId, inbox.ConsumerId);
        // Sends from one consumer may run concurrently; a DbContext is not thread-safe.
        lock (db)
            db.Set<OutboxMessage>().Add(message);
        return Task.CompletedTask;
    }
}
