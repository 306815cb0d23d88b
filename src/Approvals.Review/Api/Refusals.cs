using Approvals.Contracts;
using Approvals.Http;
using Approvals.Messaging.Outbox;
using Approvals.Review.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Review.Api;

/// <summary>A refused step on a review is answered as a problem and recorded, through the outbox, for the audit trail.</summary>
internal static class Refusals
{
    public const string Decision = RequestSteps.Decision;
    public const string Opinion = RequestSteps.Opinion;

    public static async Task<ProblemHttpResult> RecordAsync(ReviewItem review, CurrentUser user, string action, string role,
        ProblemHttpResult problem, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var details = problem.ProblemDetails;
        outbox.Publish(new AttemptRefused(review.RequestId, action, user.Id, user.Name, role, problem.StatusCode,
            details.Detail ?? details.Title ?? "Refused.", clock.GetUtcNow(), review.Id));
        await db.SaveChangesAsync(cancellationToken);
        return problem;
    }

    /// <summary>A review status as a person reads it, for the claim rules this service keeps (ADR 0006).</summary>
    public static string Describe(ReviewStatus status) => status switch
    {
        ReviewStatus.AwaitingInformation => "awaiting the prescriber's information",
        ReviewStatus.Decided => "already decided",
        ReviewStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };
}
