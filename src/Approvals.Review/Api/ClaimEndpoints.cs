using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain.Cases;
using Approvals.Http;
using Approvals.Messaging.Outbox;
using Approvals.Review.Collegial;
using Approvals.Review.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Review.Api;

/// <summary>
/// Reviewers claim the review they are working so others pick another. A claim is advisory: it stops no one from
/// deciding, and a decision or a cancellation ends it. Claims and releases are published for the audit trail; refused
/// ones are not (nothing was attempted on the case itself).
/// </summary>
public static class ClaimEndpoints
{
    public const string ClaimedByOther = "claimedByOther";
    public const string NotClaimant = "notClaimant";
    public const string ReviewClosed = RefusalCodes.ReviewClosed;

    public static RouteGroupBuilder MapClaims(this RouteGroupBuilder reviews)
    {
        reviews.MapPost("/{id:guid}/claim", Claim).RequireAuthorization(Policies.Decide)
            .WithName("claimReview").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Claim a review: tell other reviewers you are working it.")
            .WithDescription("Advisory: another reviewer may still decide, and the decision ends the claim. Claiming a review you "
                + "already hold answers it unchanged; one another reviewer holds is 409 claimedByOther, naming them in `claim`, "
                + "unless the body says `takeOver: true`. Never on one's own request (403), nor by a reviewer who gave an opinion "
                + "on it (409 deciderGaveOpinion); only while the review is open or awaiting information (409 reviewClosed).");
        reviews.MapPost("/{id:guid}/release", Release).RequireAuthorization(Policies.Decide)
            .WithName("releaseReview").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Release your claim on a review, leaving it to other reviewers.")
            .WithDescription("Only the reviewer holding the claim releases it (409 notClaimant otherwise, naming the holder in "
                + "`claim` if there is one); a decided or cancelled review has no claim left (409 reviewClosed).");
        return reviews;
    }

    static async Task<Results<Ok<ReviewView>, ProblemHttpResult>> Claim(
        Guid id, ClaimRequest? body, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var review = await LoadAsync(db, id, cancellationToken);
        if (review is null)
            return Problems.NotFound("review");
        if (ClaimObstacle(review, user, body?.TakeOver == true) is { } obstacle)
            return obstacle;
        if (review.ClaimedBy == user.Id)
            return TypedResults.Ok(ReviewView.From(review));

        var now = clock.GetUtcNow();
        var claim = new ReviewClaimed(review.RequestId, review.Id, user.Id, user.Name, now, review.ClaimedBy);
        if (!await SwapAsync(db, outbox, review, user, now, claim, cancellationToken))
        {
            // Answered as the review now stands: the caller's own claim sent twice at once is theirs all the same.
            var current = await LoadAsync(db, id, cancellationToken);
            if (current is null)
                return Problems.NotFound("review");
            return current.ClaimedBy == user.Id
                ? TypedResults.Ok(ReviewView.From(current))
                : ClaimObstacle(current, user, takeOver: false) ?? Changed(current);
        }
        (review.ClaimedBy, review.ClaimedByName, review.ClaimedAt) = (user.Id, user.Name, now);
        return TypedResults.Ok(ReviewView.From(review));
    }

    static async Task<Results<Ok<ReviewView>, ProblemHttpResult>> Release(
        Guid id, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var review = await LoadAsync(db, id, cancellationToken);
        if (review is null)
            return Problems.NotFound("review");
        if (review.PrescriberId == user.Id)
            return Problems.Forbidden("You submitted this request; you hold no claim on it.");
        if (ReleaseObstacle(review, user) is { } obstacle)
            return obstacle;

        var now = clock.GetUtcNow();
        var release = new ReviewReleased(review.RequestId, review.Id, user.Id, user.Name, now);
        if (!await SwapAsync(db, outbox, review, next: null, now, release, cancellationToken))
        {
            var current = await LoadAsync(db, id, cancellationToken);
            return current is null ? Problems.NotFound("review") : ReleaseObstacle(current, user) ?? Changed(current);
        }
        review.EndClaim();
        return TypedResults.Ok(ReviewView.From(review));
    }

    static Task<ReviewItem?> LoadAsync(ReviewDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Reviews.AsNoTracking().Include(r => r.Opinions).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>
    /// Why this reviewer may not claim the review now, if they may not; holding it already is no obstacle. The case's part
    /// (own request, a closed round, an opinion given on it) is the decider's guard; who holds the claim is this service's.
    /// </summary>
    static ProblemHttpResult? ClaimObstacle(ReviewItem review, CurrentUser user, bool takeOver)
    {
        if (ReviewGuards.CheckClaim(ReviewRounds.Of(review), review.PrescriberId, user.Id) is { } refusal)
            return refusal.Code == ReviewClosed ? Refused(refusal.Code, refusal.Detail, review) : refusal.ToProblem();
        if (review.ClaimedBy is { } holder && holder != user.Id && !takeOver)
        {
            return Refused(ClaimedByOther,
                $"{review.ClaimedByName ?? holder} is working this review; send {{\"takeOver\": true}} to take it over.", review);
        }

        return null;
    }

    static ProblemHttpResult? ReleaseObstacle(ReviewItem review, CurrentUser user)
    {
        if (ReviewGuards.IsClosed(review.Status))
            return Refused(ReviewClosed, $"The review is {Refusals.Describe(review.Status)}; it has no claim to release.", review);
        if (review.ClaimedBy == user.Id)
            return null;
        return Refused(NotClaimant, review.ClaimedBy is { } holder
            ? $"{review.ClaimedByName ?? holder} holds the claim on this review, not you."
            : "Nobody holds a claim on this review.", review);
    }

    /// <summary>409 with a stable <c>code</c>, and the claim as it stands so the client can say who holds it.</summary>
    static ProblemHttpResult Refused(string code, string detail, ReviewItem review) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The request conflicts with the current state.",
            extensions: new Dictionary<string, object?> { ["code"] = code, ["claim"] = ReviewClaimView.Of(review) });

    /// <summary>
    /// Moves the claim from the holder the caller saw to <paramref name="next"/> (null: nobody), and stores the event with
    /// it in one transaction. The update holds only while the claim and the open status are as seen, so of two racing
    /// claims one wins, and a claim never lands on a review a decision closed meanwhile. The review's version is left
    /// alone: a claim is no part of what a decision signs, and must not make a racing decision fail.
    /// </summary>
    static async Task<bool> SwapAsync<T>(ReviewDbContext db, BusOutbox<ReviewDbContext> outbox, ReviewItem seen, CurrentUser? next,
        DateTimeOffset now, T message, CancellationToken cancellationToken)
        where T : class
    {
        var (id, holder) = (seen.Id, seen.ClaimedBy);
        var (userId, name, at) = next is null ? ((string?)null, (string?)null, (DateTimeOffset?)null) : (next.Id, next.Name, now);
        // Added once, outside the retried block, so a retry after a transient failure stores the event once.
        outbox.Publish(message);
        var strategy = db.Database.CreateExecutionStrategy();
        var swapped = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var changed = await db.Reviews
                .Where(r => r.Id == id && r.ClaimedBy == holder
                    && (r.Status == ReviewStatus.Open || r.Status == ReviewStatus.AwaitingInformation))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, userId).SetProperty(r => r.ClaimedByName, name)
                    .SetProperty(r => r.ClaimedAt, at), cancellationToken);
            if (changed == 0)
                return false;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
        if (!swapped)
            db.ChangeTracker.Clear();
        return swapped;
    }

    /// <summary>Another claim or release got there first, and the review as it now stands gives no plainer answer.</summary>
    static ProblemHttpResult Changed(ReviewItem current) =>
        Refused(ClaimedByOther, "The claim on this review changed while you sent yours; look at it again.", current);
}
