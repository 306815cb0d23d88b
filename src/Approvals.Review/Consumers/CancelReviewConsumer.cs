using Approvals.Contracts;
using Approvals.Review.Persistence;
using MassTransit;

namespace Approvals.Review.Consumers;

/// <summary>
/// The workflow cancelled the review (withdrawal, lapse, a halted renewal): it leaves the queue. The workflow cancels
/// only a review whose decision it has not taken, so a review already decided here lost the race: its decision is
/// void, kept for the record, and the workflow refuses it when it arrives (<c>decision.refused</c>).
/// </summary>
public sealed class CancelReviewConsumer(ReviewDbContext db) : IConsumer<CancelReview>
{
    public async Task Consume(ConsumeContext<CancelReview> context)
    {
        var m = context.Message;
        var review = await db.Reviews.FindAsync([m.ReviewId], context.CancellationToken)
            ?? throw new ReviewNotYetOpenException(m.ReviewId);
        if (review.Status == ReviewStatus.Cancelled)
            return;

        review.CancelReason = review.Status == ReviewStatus.Decided
            ? $"{m.Reason}, before the decision reached the workflow: the decision is void"
            : m.Reason;
        review.Status = ReviewStatus.Cancelled;
        db.Entry(review).EndClaim();
        review.Version++;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
