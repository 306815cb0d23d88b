using Approvals.Contracts;
using Approvals.Review.Persistence;
using MassTransit;

namespace Approvals.Review.Consumers;

/// <summary>Flags a review whose clock ran out, so reviewers see it in the queue.</summary>
public sealed class ReviewOverdueConsumer(ReviewDbContext db) : IConsumer<ReviewOverdue>
{
    public async Task Consume(ConsumeContext<ReviewOverdue> context)
    {
        var review = await db.Reviews.FindAsync([context.Message.ReviewId], context.CancellationToken)
            ?? throw new ReviewNotYetOpenException(context.Message.ReviewId);
        if (review.Overdue)
            return;
        review.Overdue = true;
        review.Version++;
        await db.SaveChangesAsync(context.CancellationToken);
        ReviewMetrics.Overdue(review);
    }
}
