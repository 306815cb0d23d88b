using System.Security.Claims;
using Approvals.Contracts;
using Approvals.Domain;
using Approvals.Http;
using Approvals.Messaging.Outbox;
using Approvals.Messaging.Persistence;
using Approvals.Review.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Approvals.Review.Api;

public static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReviews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reviews").WithTags("Reviews");

        group.MapGet("/", List).RequireAuthorization(Policies.ReadReviews)
            .WithSummary("The review queue, earliest due first.");
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.ReadReviews);
        group.MapPost("/{id:guid}/decision", Decide).RequireAuthorization(Policies.Decide).RequireRecentAuthentication()
            .WithSummary("Approve (possibly at a lower dose), deny with a coded reason, or ask the prescriber for information.");
        return group;
    }

    static async Task<Results<Ok<Page<ReviewSummary>>, ValidationProblem>> List(
        string? status, int? limit, string? cursor, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!KebabCaseEnum.TryParse<ReviewStatus>(status, out var wantedStatus))
            errors.Add("status", $"One of: {KebabCaseEnum.Choices<ReviewStatus>()}.");
        var page = ListQuery.Parse(limit, cursor, errors);
        if (page is null)
            return Problems.Invalid(errors);

        var query = db.Reviews.AsNoTracking();
        if (wantedStatus is { } wanted)
            query = query.Where(r => r.Status == wanted);
        if (page.After is { } after)
        {
            var dueAt = new DateTimeOffset(after.Key, TimeSpan.Zero);
            query = query.Where(r => r.DueAt > dueAt || (r.DueAt == dueAt && r.Id > after.Id));
        }

        var rows = await query.OrderBy(r => r.DueAt).ThenBy(r => r.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.DueAt.UtcTicks, r.Id), ReviewSummary.From));
    }

    static async Task<Results<Ok<ReviewView>, ProblemHttpResult>> Get(Guid id, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return review is null ? Problems.NotFound("review") : TypedResults.Ok(ReviewView.From(review));
    }

    static async Task<Results<Ok<ReviewView>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id, DecisionRequest body, ClaimsPrincipal principal, ReviewDbContext db, BusOutbox<ReviewDbContext> outbox,
        IOptions<ApprovalTermsRules> terms, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(principal);
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null)
            return Problems.NotFound("review");
        if (review.PrescriberId == user.Id)
        {
            return await Refuse(review, user, StatusCodes.Status403Forbidden, "You submitted this request; another reviewer must decide it.",
                db, outbox, clock, cancellationToken);
        }

        if (review.Status != ReviewStatus.Open)
        {
            return await Refuse(review, user, StatusCodes.Status409Conflict,
                $"The review is {Describe(review.Status)}; only an open review can be decided.", db, outbox, clock, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var errors = new ValidationErrors();
        var decision = body.Validate(review.DailyDoseMg, review.Kind, review.ValidityStartsAt ?? now, terms.Value, errors);
        if (decision is null)
            return Problems.Invalid(errors);

        if (decision.Outcome == DecisionOutcome.RequestInformation)
            outbox.Publish(AskForInformation(review, decision, user, now));
        else
            outbox.Publish(RecordDecision(review, decision, body.ValidUntil, user, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await Refuse(review, user, StatusCodes.Status409Conflict, "Another decision on this review was recorded first.",
                db, outbox, clock, cancellationToken);
        }

        return TypedResults.Ok(ReviewView.From(review));
    }

    /// <summary>A refused decision is answered as a problem and recorded, through the outbox, for the audit trail.</summary>
    static async Task<ProblemHttpResult> Refuse(ReviewItem review, CurrentUser user, int status, string detail, ReviewDbContext db,
        BusOutbox<ReviewDbContext> outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        outbox.Publish(new AttemptRefused(review.RequestId, "decision", user.Id, user.Name, ActorRoles.Reviewer, status, detail,
            clock.GetUtcNow(), review.Id));
        await db.SaveChangesAsync(cancellationToken);
        return status == StatusCodes.Status403Forbidden ? Problems.Forbidden(detail) : Problems.Conflict(detail);
    }

    static InformationRequested AskForInformation(ReviewItem review, ReviewDecision decision, CurrentUser user, DateTimeOffset now)
    {
        review.Status = ReviewStatus.AwaitingInformation;
        review.Questions = [.. decision.Questions!];
        review.Answer = null;
        review.AnsweredAt = null;
        var signature = SignNewVersion(review, user, SignatureMeaning.Review, now);
        return new InformationRequested(review.RequestId, review.Id, review.Questions, user.Id, now, user.Name, signature);
    }

    static ReviewDecided RecordDecision(ReviewItem review, ReviewDecision decision, DateTimeOffset? validUntil, CurrentUser user,
        DateTimeOffset now)
    {
        review.Status = ReviewStatus.Decided;
        review.Outcome = decision.Outcome;
        review.ApprovedDailyDoseMg = decision.Outcome == DecisionOutcome.Deny ? null : DecisionRules.ApprovedDose(decision, review.DailyDoseMg);
        review.ReasonCode = decision.Outcome == DecisionOutcome.Deny ? decision.ReasonCode : null;
        review.Rationale = decision.Rationale;
        review.DecidedBy = user.Id;
        review.DecidedAt = now;
        review.ValidUntil = validUntil;
        var meaning = decision.Outcome == DecisionOutcome.Deny ? SignatureMeaning.Denial : SignatureMeaning.Approval;
        var signature = SignNewVersion(review, user, meaning, now);
        return new ReviewDecided(review.RequestId, review.Id, decision.Outcome, review.ApprovedDailyDoseMg, review.ReasonCode,
            review.Rationale, user.Id, now, validUntil, user.Name, signature);
    }

    /// <summary>The decision is part of the review's new version, so the signature binds the reviewer to what they decided.</summary>
    static ElectronicSignature SignNewVersion(ReviewItem review, CurrentUser user, SignatureMeaning meaning, DateTimeOffset now)
    {
        review.Version++;
        var signature = Signing.Sign(user, meaning, now, SignedReviewVersion.Of(review));
        review.Signature = StoredSignature.From(signature);
        return signature;
    }

    static string Describe(ReviewStatus status) => status switch
    {
        ReviewStatus.AwaitingInformation => "awaiting the prescriber's information",
        ReviewStatus.Decided => "already decided",
        ReviewStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };
}
