using Approvals.Contracts;
using Approvals.Review.Persistence;
using MassTransit;

namespace Approvals.Review.Consumers;

/// <summary>The case ended without a decision: the review leaves the queue. A decided review stays decided.</summary>
public sealed class CancelReviewConsumer(ReviewDbContext db) : IConsumer<CancelReview>
{
    public async Task Consume(ConsumeContext<CancelReview> context)
    {
        var m = context.Message;
        var review = await db.Reviews.FindAsync([m.ReviewId], context.CancellationToken)
            ?? throw new ReviewNotYetOpenException(m.ReviewId);
        if (review.Status is not (ReviewStatus.Open or ReviewStatus.AwaitingInformation))
            return;

        review.Status = ReviewStatus.Cancelled;
        review.CancelReason = m.Reason;
        review.Version++;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
