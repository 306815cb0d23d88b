using Approvals.Contracts;
using Approvals.Http;
using Approvals.Messaging.Outbox;
using Approvals.Review.Collegial;
using Approvals.Review.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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

    /// <summary>409 or 422 with a stable <c>code</c>; a 422 names the offending field as validation problems do.</summary>
    public static ProblemHttpResult ToProblem(this ApprovalRefusal refusal)
    {
        var details = refusal.Field is { } field
            ? new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [refusal.Detail] })
            : new ProblemDetails();
        details.Status = refusal.Status;
        details.Title = refusal.Title ?? (refusal.Status == StatusCodes.Status409Conflict
            ? "The review is not ready for approval."
            : "A rule of the review is not met.");
        details.Detail = refusal.Detail;
        details.Extensions["code"] = refusal.Code;
        return TypedResults.Problem(details);
    }

    public static string Describe(ReviewStatus status) => status switch
    {
        ReviewStatus.AwaitingInformation => "awaiting the prescriber's information",
        ReviewStatus.Decided => "already decided",
        ReviewStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };
}
