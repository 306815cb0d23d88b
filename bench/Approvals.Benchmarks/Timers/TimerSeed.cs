using System.Text.Json;
using Approvals.Messaging.Scheduling;
using Approvals.Workflow.Persistence;
using MassTransit;
using MassTransit.Context;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Benchmarks.Timers;

/// <summary>
/// Stores P8's timers directly in the scheduler's table, in one transaction, shaped as the scheduler's consumer stores
/// a saga's timer (a MassTransit envelope, its message type, the scheduling-token header): storing them through that
/// consumer would cost two commits each and measure the consumer, not the firing.
/// </summary>
public static class TimerSeed
{
    const int Chunk = 5_000;

    public static async Task<HashSet<Guid>> Store(IServiceProvider services, int count, Uri destination, DateTimeOffset dueAt,
        CancellationToken cancellationToken)
    {
        var tokens = new HashSet<Guid>(count);
        var contentType = SystemTextJsonMessageSerializer.JsonContentType.ToString();
        var messageType = MessageUrn.ForTypeString<TimerFired>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        while (tokens.Count < count)
        {
            var batch = Enumerable.Range(0, Math.Min(Chunk, count - tokens.Count)).Select(_ =>
            {
                var token = NewId.NextGuid();
                tokens.Add(token);
                return new DurableTimer
                {
                    TokenId = token,
                    DueAt = dueAt,
                    DestinationAddress = destination.ToString(),
                    ContentType = contentType,
                    MessageType = messageType,
                    Body = Envelope(token, destination),
                    Headers = JsonSerializer.Serialize(new Dictionary<string, object> { [MessageHeaders.SchedulingTokenId] = token.ToString("D") },
                        SystemTextJsonMessageSerializer.Options),
                    Created = dueAt,
                };
            }).ToList();
            db.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return tokens;
    }

    static string Envelope(Guid token, Uri destination)
    {
        var send = new MessageSendContext<TimerFired>(new TimerFired(token)) { MessageId = token, DestinationAddress = destination };
        return SystemTextJsonMessageSerializer.Instance.GetMessageBody(send).GetString();
    }
}
