using Approvals.Contracts;
using Approvals.Review.Persistence;
using MassTransit;

namespace Approvals.Review.Consumers;

/// <summary>The prescriber answered: the review returns to the open queue with the answer attached.</summary>
public sealed class ResumeReviewConsumer(ReviewDbContext db) : IConsumer<ResumeReview>
{
    public async Task Consume(ConsumeContext<ResumeReview> context)
    {
        var m = context.Message;
        var review = await db.Reviews.FindAsync([m.ReviewId], context.CancellationToken)
            ?? throw new ReviewNotYetOpenException(m.ReviewId);
        if (review.Status != ReviewStatus.AwaitingInformation)
            return;

        review.Status = ReviewStatus.Open;
        review.Answer = m.Answer;
        review.AnsweredAt = m.AnsweredAt;
        // The reviewers' queue is ordered by due time: the clock stopped while the prescriber answered.
        review.DueAt = m.DueAt ?? review.DueAt;
        review.Version++;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
