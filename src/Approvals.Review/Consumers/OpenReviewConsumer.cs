using Approvals.Contracts;
using Approvals.Review.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Review.Consumers;

/// <summary>Puts a request into the reviewers' queue; a repeated command finds the review already there.</summary>
public sealed class OpenReviewConsumer(ReviewDbContext db) : IConsumer<OpenReview>
{
    public async Task Consume(ConsumeContext<OpenReview> context)
    {
        var m = context.Message;
        if (await db.Reviews.AnyAsync(r => r.Id == m.ReviewId, context.CancellationToken))
            return;

        db.Reviews.Add(new ReviewItem
        {
            Id = m.ReviewId,
            RequestId = m.RequestId,
            Kind = m.Kind,
            Status = ReviewStatus.Open,
            PrescriberId = m.PrescriberId,
            ProtocolId = m.ProtocolId,
            ProtocolVersion = m.ProtocolVersion,
            DailyDoseMg = m.DailyDoseMg,
            Urgency = m.Urgency,
            OpenedAt = m.OpenedAt,
            DueAt = m.DueAt,
            ValidityStartsAt = m.ValidityStartsAt,
            Version = 1,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
