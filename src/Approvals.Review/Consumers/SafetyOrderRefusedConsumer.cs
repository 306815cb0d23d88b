using Approvals.Contracts;
using Approvals.Review.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Review.Consumers;

/// <summary>
/// The workflow refused an accepted safety order (the approval had moved on when it arrived): its pending marker is
/// cleared, so the next order is judged on the state again. Every other refusal leaves the view alone.
/// </summary>
public sealed class SafetyOrderRefusedConsumer(ReviewDbContext db) : IConsumer<AttemptRefused>
{
    public async Task Consume(ConsumeContext<AttemptRefused> context)
    {
        if (context.Message is not { OrderId: { } order } m)
            return;
        var approval = await db.Approvals.SingleOrDefaultAsync(a => a.RequestId == m.RequestId && a.PendingOrderId == order,
            context.CancellationToken);
        if (approval is null)
            return;

        approval.PendingOrderId = null;
        approval.PendingOrder = null;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
