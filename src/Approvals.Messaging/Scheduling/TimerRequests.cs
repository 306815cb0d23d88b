using System.Text.Json;
using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Messaging.Scheduling;

/// <summary>
/// Applies schedule and cancel requests to the timer table of a service's DbContext. The scheduler's endpoint applies
/// the requests it receives; a service's outbox applies the service's own requests at once, in the transaction of the
/// change that made them (<see cref="LocalScheduling"/>). Either way the caller's SaveChanges stores them.
/// </summary>
internal static class TimerRequests
{
    /// <param name="envelope">
    /// The message the timer sends when it falls due, in the envelope of the request that set it: never in the envelope
    /// of the message being consumed, whose headers (a fired timer's scheduling token, say) belong to that message.
    /// </param>
    /// <param name="headers">The request's headers; MassTransit's own are left out, the scheduling token is added.</param>
    public static async Task Schedule(DbContext db, ScheduleMessage request, JsonMessageEnvelope envelope,
        IEnumerable<KeyValuePair<string, object>> headers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var timer = await db.Set<DurableTimer>().FindAsync([request.CorrelationId], cancellationToken);
        if (timer is { Cancelled: true })
            return;
        if (timer is null)
        {
            timer = new DurableTimer { TokenId = request.CorrelationId, Created = now };
            db.Set<DurableTimer>().Add(timer);
        }

        var timerHeaders = headers
            .Where(h => !h.Key.StartsWith("MT-", StringComparison.OrdinalIgnoreCase))
            .Append(new KeyValuePair<string, object>(MessageHeaders.SchedulingTokenId, request.CorrelationId.ToString("D")))
            .ToDictionary(h => h.Key, h => h.Value);

        timer.DueAt = new DateTimeOffset(DateTime.SpecifyKind(request.ScheduledTime, DateTimeKind.Utc));
        timer.DestinationAddress = request.Destination.ToString();
        timer.ContentType = SystemTextJsonMessageSerializer.JsonContentType.ToString();
        timer.MessageType = string.Join(";", request.PayloadType);
        timer.Body = JsonSerializer.Serialize(envelope, SystemTextJsonMessageSerializer.Options);
        timer.Headers = JsonSerializer.Serialize(timerHeaders, SystemTextJsonMessageSerializer.Options);
        timer.LockId = null;
        timer.LockedUntil = null;
    }

    /// <summary>
    /// Cancels by leaving a tombstone: a schedule request for the token that is still on its way (the two may travel
    /// separately and arrive in either order) is then ignored. It is removed once none can still arrive.
    /// </summary>
    public static async Task Cancel(DbContext db, Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var timer = await db.Set<DurableTimer>().FindAsync([tokenId], cancellationToken);
        if (timer is null)
        {
            timer = new DurableTimer { TokenId = tokenId, Created = now, DestinationAddress = "", ContentType = "", MessageType = "", Body = "" };
            db.Set<DurableTimer>().Add(timer);
        }

        timer.Cancelled = true;
        timer.DueAt = now + TombstoneLifetime;
        timer.LockId = null;
        timer.LockedUntil = null;
    }

    static readonly TimeSpan TombstoneLifetime = TimeSpan.FromDays(1);
}
