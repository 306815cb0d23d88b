using Approvals.Contracts;
using Approvals.Review.Persistence;
using MassTransit;

namespace Approvals.Review.Consumers;

/// <summary>
/// Keeps the review service's view of each request in step with the workflow's timeline, so that a safety order is
/// judged on where the request stands. Only the newest entry sets the view, so redelivered or reordered entries change
/// nothing. An entry may arrive before the request's review opens here (or for a request denied without one): the view
/// then holds the status until the review names the prescriber.
/// </summary>
public sealed class ApprovalStatusConsumer(ReviewDbContext db) : IConsumer<RequestStatusChanged>
{
    public async Task Consume(ConsumeContext<RequestStatusChanged> context)
    {
        var m = context.Message;
        var approval = await db.Approvals.FindAsync([m.RequestId], context.CancellationToken);
        if (approval is null)
        {
            approval = new ApprovalRecord { RequestId = m.RequestId };
            db.Approvals.Add(approval);
        }

        if (m.Sequence <= approval.LastSequence)
            return;
        Apply(approval, m);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    static void Apply(ApprovalRecord approval, RequestStatusChanged m)
    {
        // The status moved: a pending safety order was applied, or the workflow will refuse it on the new state.
        // Either way the view is fresh again, so the next order is judged on it.
        if (m.Status != approval.Status)
        {
            approval.PendingOrderId = null;
            approval.PendingOrder = null;
        }

        approval.Status = m.Status;
        approval.LastSequence = m.Sequence;
        if (m.Terms is { } terms)
        {
            approval.ValidFrom = terms.ValidFrom;
            approval.ValidUntil = terms.ValidUntil;
            approval.RenewalStatus = terms.RenewalStatus;
        }

        if (m.Decision is { } decision)
            approval.ApprovedDailyDoseMg = decision.ApprovedDailyDoseMg;
    }
}
