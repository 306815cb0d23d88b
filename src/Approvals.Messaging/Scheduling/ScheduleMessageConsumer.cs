using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Scheduling;

/// <summary>
/// Stores a timer requested with MassTransit's <c>ScheduleSend</c> by a service that does not keep the timer table
/// itself (the table's own service writes its timers directly: <see cref="LocalScheduling"/>). It runs behind the
/// inbox/outbox of <typeparamref name="TDbContext"/>, so the timer is stored exactly once per request.
/// </summary>
public sealed class ScheduleMessageConsumer<TDbContext>(TDbContext db, TimeProvider clock) :
    IConsumer<ScheduleMessage>,
    IConsumer<CancelScheduledMessage>
    where TDbContext : DbContext
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var request = context.Message;
        await TimerRequests.Schedule(db, request, new JsonMessageEnvelope(context, request.Payload, request.PayloadType), context.Headers.GetAll(), clock.GetUtcNow(),
            context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        await TimerRequests.Cancel(db, context.Message.TokenId, clock.GetUtcNow(), context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
