using Approvals.Contracts;
using Approvals.Intake.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Consumers;

/// <summary>
/// Shows every refused step on its request, whichever service refused it.
/// </summary>
public sealed class AttemptRefusedConsumer(IntakeDbContext db) : IConsumer<AttemptRefused>
{
    public async Task Consume(ConsumeContext<AttemptRefused> context)
    {
        var m = context.Message;
        var id = context.MessageId ?? throw new InvalidOperationException("A refusal without a message id.");
        if (!await db.Requests.AnyAsync(r => r.Id == m.RequestId, context.CancellationToken))
            throw new InvalidOperationException($"Refusal for request {m.RequestId}, which intake does not hold.");
        if (await db.Refusals.AnyAsync(r => r.Id == id, context.CancellationToken))
            return;

        db.Refusals.Add(new RequestRefusal
        {
            Id = id, RequestId = m.RequestId, At = m.At, Action = m.Action, ActorId = m.ActorId, Status = m.Status, Reason = m.Reason,
            OrderId = m.OrderId,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
