using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Outbox;

/// <summary>
/// Hands a consumed message's committed outgoing rows to the broker and marks them delivered: the live path after a
/// consume and the background redelivery of stranded rows do the same steps.
/// </summary>
internal static class InboxDelivery
{
    /// <summary>The rows a consumed message committed and has not delivered yet, in the order they were sent.</summary>
    public static Task<List<OutboxMessage>> Pending(DbContext db, InboxState inbox, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>()
            .Where(m => m.InboxMessageId == inbox.MessageId && m.InboxConsumerId == inbox.ConsumerId && m.DeliveredAt == null)
            .OrderBy(m => m.SequenceNumber)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Sends through the bus, never through the consume context: a send made there is also awaited by the receive
    /// pipeline after the consumer returns, so a message RabbitMQ returned would fault the consumed message into its
    /// error queue even though the state change is committed and the rows are kept for redelivery.
    /// </summary>
    public static async Task Send(IBus bus, IEnumerable<OutboxMessage> messages, TimeSpan timeout, CancellationToken cancellationToken)
    {
        foreach (var message in messages.Where(m => m.DestinationAddress is not null))
            await StoredMessageSender.Send(bus, message, timeout, cancellationToken);
    }

    /// <summary>Marks the inbox row delivered and removes (or, for a non-durable transport, keeps for replay) what was sent.</summary>
    public static void MarkDelivered(DbContext db, InboxState inbox, List<OutboxMessage> sent, TimeSpan retainSentFor, DateTimeOffset now)
    {
        inbox.Delivered = now;
        if (retainSentFor > TimeSpan.Zero)
            sent.ForEach(m => m.DeliveredAt = now);
        else
            db.Set<OutboxMessage>().RemoveRange(sent);
    }
}
