using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Scheduling;

/// <summary>
/// A schedule or cancel request that a consumer sends to the scheduler while its DbContext holds the timer table is
/// not a message at all: the outbox writes it into the table in the consumer's own transaction. The timer then commits
/// with the change that set it, and a lifecycle saves a consume, an outbox row and two commits per timer.
/// </summary>
internal static class LocalScheduling
{
    /// <summary>Whether <paramref name="context"/> is a request this service's own timer table takes.</summary>
    public static bool Takes(DbContext db, SendContext context) =>
        context.DestinationAddress is { } destination
        && destination.Segments.Length > 0
        && string.Equals(destination.Segments[^1].TrimEnd('/'), SchedulerAddress.QueueName, StringComparison.Ordinal)
        && context is SendContext<ScheduleMessage> or SendContext<CancelScheduledMessage>
        && db.Model.FindEntityType(typeof(DurableTimer)) is not null;

    public static Task Apply(DbContext db, SendContext context, DateTimeOffset now, CancellationToken cancellationToken) =>
        context switch
        {
            SendContext<ScheduleMessage> schedule => TimerRequests.Schedule(db, schedule.Message, EnvelopeOf(schedule), schedule.Headers.GetAll(),
                now, cancellationToken),
            SendContext<CancelScheduledMessage> cancel => TimerRequests.Cancel(db, cancel.Message.TokenId, now, cancellationToken),
            _ => throw new ArgumentException("Not a scheduling request.", nameof(context)),
        };

    /// <summary>The payload in the envelope the request itself would have travelled in, had it been sent.</summary>
    static JsonMessageEnvelope EnvelopeOf(SendContext<ScheduleMessage> request) =>
        new(request, request.Message.Payload) { MessageType = request.Message.PayloadType };
}
