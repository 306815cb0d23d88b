using System.Text.Json;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Scheduling;

/// <summary>
/// Stores a timer requested with MassTransit's <c>ScheduleSend</c> (a saga's <c>Schedule</c>). It runs behind the
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
        var body = context.SerializerContext.GetMessageSerializer(request.Payload, request.PayloadType)
            .GetMessageBody(new MessageSendContext<ScheduleMessage>(request));
        var headers = context.Headers.GetAll()
            .Where(h => !h.Key.StartsWith("MT-", StringComparison.OrdinalIgnoreCase))
            .Append(new KeyValuePair<string, object>(MessageHeaders.SchedulingTokenId, request.CorrelationId.ToString("D")))
            .ToDictionary(h => h.Key, h => h.Value);

        var timer = await db.Set<DurableTimer>().FindAsync([request.CorrelationId], context.CancellationToken);
        if (timer is { Cancelled: true })
            return;
        if (timer is null)
        {
            timer = new DurableTimer { TokenId = request.CorrelationId, Created = clock.GetUtcNow() };
            db.Set<DurableTimer>().Add(timer);
        }

        timer.DueAt = new DateTimeOffset(DateTime.SpecifyKind(request.ScheduledTime, DateTimeKind.Utc));
        timer.DestinationAddress = request.Destination.ToString();
        timer.ContentType = context.ReceiveContext.ContentType?.ToString() ?? SystemTextJsonMessageSerializer.JsonContentType.ToString();
        timer.MessageType = string.Join(";", request.PayloadType);
        timer.Body = body.GetString();
        timer.Headers = JsonSerializer.Serialize(headers, SystemTextJsonMessageSerializer.Options);
        timer.LockId = null;
        timer.LockedUntil = null;
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        var now = clock.GetUtcNow();
        var timer = await db.Set<DurableTimer>().FindAsync([context.Message.TokenId], context.CancellationToken);
        if (timer is null)
        {
            timer = new DurableTimer
            {
                TokenId = context.Message.TokenId, Created = now, DestinationAddress = "", ContentType = "", MessageType = "", Body = "",
            };
            db.Set<DurableTimer>().Add(timer);
        }

        // The tombstone is removed once no schedule request for its token can still be on the way.
        timer.Cancelled = true;
        timer.DueAt = now + TombstoneLifetime;
        timer.LockId = null;
        timer.LockedUntil = null;
        await db.SaveChangesAsync(context.CancellationToken);
    }

    static readonly TimeSpan TombstoneLifetime = TimeSpan.FromDays(1);
}
